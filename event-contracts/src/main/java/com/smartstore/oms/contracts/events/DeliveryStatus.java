package com.smartstore.oms.contracts.events;

/** Where a parcel is on its way to the customer, as its carrier (or staff on the carrier's word) reports it (R-S5). */
public enum DeliveryStatus {
    /** The carrier has the label; the parcel is not in its hands yet. */
    LABEL_CREATED,
    PICKED_UP,
    IN_TRANSIT,
    OUT_FOR_DELIVERY,
    /** Nobody answered; the carrier tries again or leaves a notice. */
    DELIVERY_ATTEMPTED,
    /** Later than the carrier said: comes with a new estimated delivery where the carrier gives one. */
    DELAYED,
    DELIVERED,
    LOST,
    DAMAGED,
    RETURNED_TO_SENDER
}

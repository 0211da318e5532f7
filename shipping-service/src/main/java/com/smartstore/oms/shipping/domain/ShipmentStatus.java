package com.smartstore.oms.shipping.domain;

/** Where a shipment is: packed and waiting for the carrier, handed over to it, or not sent at all. */
public enum ShipmentStatus {
    WAITING_DISPATCH,
    SHIPPED,
    /** The order was cancelled before dispatch (R-I11): the warehouse puts the goods back. */
    CANCELLED
}

package com.smartstore.oms.shipping.domain;

/** Where a shipment is: packed and waiting for the carrier, or handed over to it. */
public enum ShipmentStatus {
    WAITING_DISPATCH,
    SHIPPED
}

package com.smartstore.oms.shipping.domain;

/** A change the shipment's current status does not allow; the message says why. */
public class ShipmentStateException extends RuntimeException {
    public ShipmentStateException(String message) {
        super(message);
    }
}

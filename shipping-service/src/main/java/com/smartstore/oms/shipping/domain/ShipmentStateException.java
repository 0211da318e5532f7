package com.smartstore.oms.shipping.domain;

/** A change the shipment's or its order's current state does not allow; the code names why, the message explains. */
public class ShipmentStateException extends RuntimeException {
    private final String code;

    public ShipmentStateException(String message) {
        this("shipment-not-waiting", message);
    }

    public ShipmentStateException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Machine-readable cause, the {@code error} of the API's answer, e.g. {@code order-on-hold}. */
    public String code() {
        return code;
    }
}

package com.smartstore.oms.contracts.events;

/** What a payment provider or finance reported about one payment. */
public enum PaymentResult {
    CAPTURED,
    FAILED,
    REFUNDED
}

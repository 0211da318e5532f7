package com.smartstore.oms.intake.domain;

/** What a provider reports about one payment. */
public enum PaymentStatus {
    CAPTURED,
    FAILED,
    REFUNDED
}

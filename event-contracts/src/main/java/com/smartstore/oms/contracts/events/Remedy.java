package com.smartstore.oms.contracts.events;

/** What was done to resolve an exception case (R-E4, R-E6, R-E7). */
public enum Remedy {
    REFUND,
    ADJUST_AMOUNT,
    RESEND,
    COMPENSATION,
    EXPLANATION,
    NONE
}

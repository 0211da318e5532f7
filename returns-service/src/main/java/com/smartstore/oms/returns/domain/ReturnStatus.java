package com.smartstore.oms.returns.domain;

/** Where a return ticket is (R-X2..R-X6). */
public enum ReturnStatus {
    /** Opened; the goods are on their way back. */
    REQUESTED,
    /** The goods arrived and were counted. */
    RECEIVED,
    /** Each received line was graded and its eligibility decided; published as {@code return-received}. */
    INSPECTED,
    /** Nothing was eligible: an alternative was offered and waits for the customer's consent. */
    ALTERNATIVE_OFFERED,
    /** A refund of the eligible goods was issued; finance pays it out. */
    REFUND_ISSUED,
    /** Closed with its outcome; published as {@code return-resolved}. */
    RESOLVED
}

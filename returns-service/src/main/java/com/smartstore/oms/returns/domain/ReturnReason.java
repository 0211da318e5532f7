package com.smartstore.oms.returns.domain;

/** Why the customer returns goods (R-X2); the policy says who pays the return shipping for each. */
public enum ReturnReason {
    /** A quality problem of the product; sampled by quality control (R-X7). */
    QUALITY,
    DAMAGED_IN_TRANSIT,
    WRONG_ITEM,
    NOT_AS_DESCRIBED,
    /** The customer no longer wants it: their own choice. */
    CHANGED_MIND,
    OTHER
}

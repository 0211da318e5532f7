package com.smartstore.oms.returns.domain;

/** Where a refund is: issued by after-sales, then confirmed by finance once paid out (R-X5). */
public enum RefundStatus {
    REQUESTED,
    CONFIRMED
}

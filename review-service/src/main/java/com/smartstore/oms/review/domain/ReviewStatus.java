package com.smartstore.oms.review.domain;

/** Where a review stands; PENDING and AWAITING_CONFIRMATION reviews wait for a person. */
public enum ReviewStatus {
    /** Every automatic rule passed (R-R2). */
    AUTO_APPROVED,
    /** A rule failed: in the manual review queue (R-R3). */
    PENDING,
    /** A trainee decided; a second, non-trainee reviewer must confirm it (R-T1). */
    AWAITING_CONFIRMATION,
    APPROVED,
    REJECTED,
    /** A newer revision of the order arrived before anyone decided on this one. */
    SUPERSEDED,
    /** The order was cancelled while the review waited for a person (R-I11); it leaves the queue. */
    CANCELLED
}

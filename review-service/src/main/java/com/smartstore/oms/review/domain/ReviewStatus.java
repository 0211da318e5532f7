package com.smartstore.oms.review.domain;

/** Where a review stands; only PENDING reviews wait for a reviewer's decision. */
public enum ReviewStatus {
    /** Every automatic rule passed (R-R2). */
    AUTO_APPROVED,
    /** A rule failed: in the manual review queue (R-R3). */
    PENDING,
    APPROVED,
    REJECTED,
    /** A newer revision of the order arrived before anyone decided on this one. */
    SUPERSEDED
}

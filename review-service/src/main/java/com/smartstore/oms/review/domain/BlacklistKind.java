package com.smartstore.oms.review.domain;

/** Which contact detail of a customer a blacklist entry matches. */
public enum BlacklistKind {
    PHONE,
    EMAIL,
    ADDRESS
}

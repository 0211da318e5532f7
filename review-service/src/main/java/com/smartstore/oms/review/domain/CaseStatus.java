package com.smartstore.oms.review.domain;

/** Where an exception case stands (R-E2..R-E5); escalation is a mark on an ASSIGNED case, not a status. */
public enum CaseStatus {
    /** Flagged or detected, waiting for a manager to assign an owner (R-E2, R-E3). */
    OPEN,
    /** An owner works on it by the deadline (R-E3, R-E4). */
    ASSIGNED,
    /** The owner recorded the result and the remedy (R-E4); customer service tells the customer. */
    RESOLVED,
    /** The customer was told and their satisfaction recorded (R-E5). */
    CLOSED
}

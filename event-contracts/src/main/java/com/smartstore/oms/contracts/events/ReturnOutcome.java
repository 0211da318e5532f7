package com.smartstore.oms.contracts.events;

/** How a return ticket ended (R-X4..R-X6). */
public enum ReturnOutcome {
    /** The refund was paid out and finance confirmed it. */
    REFUNDED
}

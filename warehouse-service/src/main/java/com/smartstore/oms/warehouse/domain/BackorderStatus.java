package com.smartstore.oms.warehouse.domain;

/**
 * A backorder waits for stock, was served by a goods receipt, was replaced by a newer revision, or its order was
 * cancelled or rejected.
 */
public enum BackorderStatus {
    WAITING,
    SUPERSEDED,
    /** A goods receipt let one warehouse serve it: it has its pick list and reserved stock (R-W6). */
    SERVED,
    CANCELLED,
    /** Review rejected the order after approving it: it waits no more (a newer approval backorders anew). */
    REJECTED
}

package com.smartstore.oms.warehouse.domain;

/** A backordered order waits for stock, was served by a goods receipt, or was replaced by a newer revision. */
public enum BackorderStatus {
    WAITING,
    SUPERSEDED,
    /** A goods receipt let one warehouse serve it: it has its pick list and reserved stock (R-W6). */
    SERVED
}

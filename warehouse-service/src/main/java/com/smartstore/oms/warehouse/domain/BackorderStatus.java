package com.smartstore.oms.warehouse.domain;

/** A backordered order waits for stock, or was replaced by a newer revision of itself. */
public enum BackorderStatus {
    WAITING,
    SUPERSEDED
}

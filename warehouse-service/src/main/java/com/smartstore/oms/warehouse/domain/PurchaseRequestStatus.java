package com.smartstore.oms.warehouse.domain;

/** How far a purchase request has come, in the only order it may move (R-W5). */
public enum PurchaseRequestStatus {
    REQUESTED,
    ORDERED,
    CONFIRMED,
    IN_TRANSIT,
    RECEIVED
}

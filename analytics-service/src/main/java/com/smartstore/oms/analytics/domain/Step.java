package com.smartstore.oms.analytics.domain;

/** A step of an order's life that the timeline records, with the column that holds when it first happened. */
public enum Step {
    RECEIVED("received_at"),
    HELD("held_at"),
    APPROVED("approved_at"),
    REJECTED("rejected_at"),
    PICKED("picked_at"),
    SHIPPED("shipped_at"),
    RETURN_REQUESTED("return_requested_at");

    private final String column;

    Step(String column) {
        this.column = column;
    }

    /** The {@code order_timeline} column; a constant of this enum, never caller input, so safe to put in SQL. */
    public String column() {
        return column;
    }
}

package com.smartstore.oms.analytics.domain;

import java.util.List;

/**
 * A step of an order's life that the timeline records: the column that holds when it first happened, and the
 * columns of what the step's first event says (who did it, where), which follow the earliest time.
 */
public enum Step {
    RECEIVED("received_at"),
    HELD("held_at"),
    APPROVED("approved_at", "approved_by"),
    REJECTED("rejected_at", "rejected_by"),
    PICKED("picked_at", "picked_by", "warehouse"),
    SHIPPED("shipped_at", "shipped_by"),
    RETURN_REQUESTED("return_requested_at"),
    CANCELLED("cancelled_at", "cancelled_by");

    private final String column;
    private final List<String> attributes;

    Step(String column, String... attributes) {
        this.column = column;
        this.attributes = List.of(attributes);
    }

    /** The {@code order_timeline} column; a constant of this enum, never caller input, so safe to put in SQL. */
    public String column() {
        return column;
    }

    /** The columns of what the step's earliest event says, in the order {@code recordStep} takes their values. */
    public List<String> attributes() {
        return attributes;
    }
}

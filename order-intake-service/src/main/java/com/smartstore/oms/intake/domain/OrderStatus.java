package com.smartstore.oms.intake.domain;

/**
 * Where an order is in its life, as intake shows it. Review's decisions (IN_MANUAL_REVIEW, APPROVED, REJECTED) are
 * ordered by their sequence ({@link Order#decide}); fulfilment facts are ranked so late events never move them back.
 */
public enum OrderStatus {
    RECEIVED(0),
    IN_MANUAL_REVIEW(1),
    APPROVED(2),
    REJECTED(2),
    PICKED(3),
    SHIPPED(4),
    /** Final: no later event moves a cancelled order anywhere (R-I11). */
    CANCELLED(5);

    private final int rank;

    OrderStatus(int rank) {
        this.rank = rank;
    }

    /** True when the order has reached {@code other}'s stage or gone past it. */
    public boolean isAtLeast(OrderStatus other) {
        return rank >= other.rank;
    }

    /** True while review's newest decision sets the status: nothing picked, shipped or cancelled yet. */
    public boolean setByReview() {
        return rank <= APPROVED.rank;
    }

    /** True when moving from this status to {@code next} is progress. */
    public boolean isBefore(OrderStatus next) {
        return rank < next.rank;
    }
}

package com.smartstore.oms.intake.domain;

/**
 * Where an order's cancellation request stands (R-I11): intake records it, shipping, the authority on whether the
 * parcel has left, confirms or refuses it.
 */
public enum CancellationStatus {
    /** Asked for; shipping has not answered yet. The order's status is unchanged. */
    REQUESTED,
    /** Shipping confirmed: no parcel of the order will leave; the order is CANCELLED. */
    CONFIRMED,
    /** Shipping refused: a parcel had left; the order goes on (a return is the way back). */
    REFUSED
}

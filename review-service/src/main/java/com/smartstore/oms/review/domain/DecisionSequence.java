package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.OmsEvent;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderRejected;

/**
 * Numbers review's decisions on an order (docs/ORDER-LIFECYCLE.md): the topics of approvals, holds and
 * rejections are consumed independently, so every consumer keeps the decision with the highest {@code sequence}.
 */
public final class DecisionSequence {

    /** True for the events that are decisions on an order: approve, hold, reject. */
    public static boolean isDecision(OmsEvent event) {
        return event instanceof OrderApproved || event instanceof OrderHeld || event instanceof OrderRejected;
    }

    /** The decision with its number; any other event unchanged. */
    public static OmsEvent numbered(OmsEvent event, long sequence) {
        if (event instanceof OrderApproved a) {
            return new OrderApproved(
                    a.orderId(),
                    a.orderNumber(),
                    a.revision(),
                    a.reviewId(),
                    a.automatic(),
                    a.approvedBy(),
                    a.lines(),
                    a.requestedShipDate(),
                    a.approvedAt(),
                    sequence);
        }
        if (event instanceof OrderHeld h) {
            return new OrderHeld(
                    h.orderId(), h.orderNumber(), h.revision(), h.reviewId(), h.failedRules(), h.heldAt(), sequence);
        }
        if (event instanceof OrderRejected r) {
            return new OrderRejected(
                    r.orderId(),
                    r.orderNumber(),
                    r.revision(),
                    r.reviewId(),
                    r.reasonCode(),
                    r.reason(),
                    r.rejectedBy(),
                    r.rejectedAt(),
                    sequence);
        }
        return event;
    }

    private DecisionSequence() {}
}

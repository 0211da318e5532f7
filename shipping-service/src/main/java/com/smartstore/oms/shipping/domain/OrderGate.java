package com.smartstore.oms.shipping.domain;

import com.smartstore.oms.contracts.OmsEvent;
import com.smartstore.oms.contracts.events.OrderCancelRefused;
import com.smartstore.oms.contracts.events.OrderCancelRequested;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.kit.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Whether an order's parcels may leave: shipping is the authority on that (docs/ORDER-LIFECYCLE.md). One row per
 * order, created by whatever of the order reaches shipping first; cancel requests, dispatches and packed pick lists
 * of the order take its row lock, so a cancellation racing a dispatch has exactly one winner (issue 17 case 3). It
 * also keeps review's newest decision on the order: dispatch waits while that is a hold or a rejection (case 1).
 */
@Entity
@Table(name = "order_gate")
public class OrderGate {
    /** The refusal code of a cancel request for an order with a parcel on its way. */
    public static final String ALREADY_SHIPPED = "ALREADY_SHIPPED";

    @Id
    @Column(name = "order_id")
    public UUID orderId;

    /** Review's newest decision, null until one arrives. */
    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Column(name = "decision_sequence")
    public Long decisionSequence;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Set when shipping confirmed a cancellation; final. */
    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancel_request_id")
    public UUID cancelRequestId;

    @Column(name = "status_at_cancellation")
    public String statusAtCancellation;

    /** Review's decisions on an order. */
    public enum Decision {
        APPROVED,
        HELD,
        REJECTED
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /**
     * Takes a decision of review unless a newer one is known, and says whether it did. Review numbers its
     * decisions on an order; the three topics are consumed independently, so an older decision can arrive after a
     * newer one and must not undo it. Decisions from before sequences existed count as 0 and follow arrival order.
     */
    public boolean decide(Decision decision, Long sequence, String reason, Instant at) {
        long incoming = sequence == null ? 0 : sequence;
        if (this.decision != null && incoming < decisionSequence) {
            return false;
        }
        this.decision = decision;
        decisionSequence = incoming;
        decisionReason = reason;
        decidedAt = at;
        return true;
    }

    /**
     * Refuses a dispatch of one of the order's shipments while the order is cancelled, on hold or rejected. No
     * decision on record does not stop it: the warehouse packs only approved orders, and the approval may simply
     * still be on its way.
     */
    public void checkDispatch(String orderLabel) {
        if (cancelled()) {
            throw Refusal.conflict(
                    "order-cancelled",
                    "Order " + orderLabel + " was cancelled at " + cancelledAt + " (" + cancelReason
                            + "); none of its parcels may leave");
        }
        if (decision == Decision.HELD) {
            throw Refusal.conflict(
                    "order-on-hold",
                    "Order " + orderLabel + " is on hold since " + decidedAt + " (" + decisionReason
                            + "); keep its parcels until review approves it again");
        }
        if (decision == Decision.REJECTED) {
            throw Refusal.conflict(
                    "order-rejected",
                    "Order " + orderLabel + " was rejected at " + decidedAt + " (" + decisionReason
                            + "); its parcels must not leave");
        }
    }

    /**
     * Answers a cancel request (R-I11) and returns the answer to publish. If a parcel of the order has left, the
     * request is refused naming carrier and tracking number. Otherwise the order is cancelled (once: a later
     * request is confirmed again with the first cancellation's facts, so each request gets its answer) and every
     * shipment still waiting is stopped; a pick list packed later is stopped when its shipment opens.
     */
    public OmsEvent answer(OrderCancelRequested request, List<Shipment> shipments, Instant now) {
        List<Shipment> left = shipments.stream()
                .filter(s -> s.status == ShipmentStatus.SHIPPED)
                .toList();
        if (!left.isEmpty()) {
            String parcels = left.stream()
                    .map(s -> "with " + s.carrier + " under tracking number " + s.trackingNumber + " at " + s.shippedAt)
                    .collect(Collectors.joining("; "));
            return new OrderCancelRefused(
                    request.orderId(),
                    request.orderNumber(),
                    request.requestId(),
                    ALREADY_SHIPPED,
                    "The order has left: " + parcels + ". The customer can return it instead.",
                    now);
        }
        if (!cancelled()) {
            cancelledAt = now;
            cancelReason = request.reason();
            cancelledBy = request.requestedBy();
            cancelRequestId = request.requestId();
            statusAtCancellation = request.statusAtRequest();
        }
        shipments.forEach(s -> s.cancel(cancelReason, cancelledAt));
        return new OrderCancelled(
                request.orderId(),
                request.orderNumber(),
                statusAtCancellation,
                cancelReason,
                cancelledBy,
                cancelledAt,
                request.requestId());
    }

    /** Stops a shipment opened for a cancelled order; a shipment of an order still going is left alone. */
    public void stopIfCancelled(Shipment shipment) {
        if (cancelled()) {
            shipment.cancel(cancelReason, cancelledAt);
        }
    }
}

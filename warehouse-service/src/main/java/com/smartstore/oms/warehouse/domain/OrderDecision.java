package com.smartstore.oms.warehouse.domain;

import com.smartstore.oms.kit.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Review's newest decision on an order (docs/ORDER-LIFECYCLE.md): approvals, holds and rejections come on three
 * topics in any order, so the one with the highest {@code sequence} wins (no sequence counts as 0); an older one
 * arriving late changes nothing, an equal one is the same decision again. While the newest decision is a hold or a
 * rejection, the warehouse neither picks nor packs the order.
 */
@Entity
@Table(name = "order_decision")
public class OrderDecision {
    /** What review decided. */
    public enum Kind {
        APPROVED,
        HELD,
        REJECTED
    }

    @Id
    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "order_number")
    public String orderNumber;

    @Enumerated(EnumType.STRING)
    public Kind decision;

    public long sequence;

    /** The order revision the decision was about. */
    public int revision;

    /** Why a hold or rejection stops the order (the failed rules, the reviewer's reason); null for an approval. */
    public String reason;

    /** When review decided (the event's time). */
    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The newest revision any approval named, whatever its sequence; null until an approval arrived. */
    @Column(name = "approved_revision")
    public Integer approvedRevision;

    /** The first decision the warehouse hears of for an order. */
    public static OrderDecision first(UUID orderId, String orderNumber) {
        OrderDecision decision = new OrderDecision();
        decision.orderId = orderId;
        decision.orderNumber = orderNumber;
        decision.sequence = Long.MIN_VALUE;
        return decision;
    }

    /**
     * Takes a decision if it is newer than the one kept (higher sequence; none counts as 0); returns whether it
     * did. An approval also remembers its revision whatever its sequence: its lines were approved once.
     */
    public boolean decide(Kind kind, Long decisionSequence, int decisionRevision, String why, Instant at) {
        if (kind == Kind.APPROVED) {
            approvedRevision =
                    approvedRevision == null ? decisionRevision : Math.max(approvedRevision, decisionRevision);
        }
        long ranked = decisionSequence == null ? 0 : decisionSequence;
        if (ranked <= sequence) {
            return false;
        }
        decision = kind;
        sequence = ranked;
        revision = decisionRevision;
        reason = kind == Kind.APPROVED ? null : why;
        decidedAt = at;
        return true;
    }

    /** A hold or a rejection is the newest decision: picking and packing wait. */
    public boolean stopsFulfilment() {
        return decision != null && decision != Kind.APPROVED;
    }

    /** The newest decision is a rejection: nothing is reserved for the order until a newer approval. */
    public boolean rejected() {
        return decision == Kind.REJECTED;
    }

    /** Refuses {@code action} (e.g. "picked") while a hold or rejection is the newest decision; 409 with its code. */
    public void requireFulfilment(String action) {
        if (decision == Kind.HELD) {
            throw Refusal.conflict(
                    "order-on-hold",
                    "Order %s is on hold since %s (review decision %d): %s. It cannot be %s until review approves it again."
                            .formatted(orderNumber, decidedAt, sequence, reason, action));
        }
        if (decision == Kind.REJECTED) {
            throw Refusal.conflict(
                    "order-rejected",
                    "Order %s was rejected by review at %s (decision %d): %s. It cannot be %s; picked goods stay"
                                    .formatted(orderNumber, decidedAt, sequence, reason, action)
                            + " aside until review approves it again or it is cancelled.");
        }
    }
}

package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Automatic review did not pass an order revision: it waits in the manual review queue (R-R3). */
public record OrderHeld(
        UUID orderId, String orderNumber, int revision, UUID reviewId, List<RuleFailure> failedRules, Instant heldAt)
        implements OmsEvent {

    public OrderHeld {
        requireNonNull(orderId, "orderId");
        requireNonNull(orderNumber, "orderNumber");
        requireNonNull(reviewId, "reviewId");
        failedRules = List.copyOf(requireNonNull(failedRules, "failedRules"));
        requireNonNull(heldAt, "heldAt");
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return heldAt;
    }

    /** A rule that failed and a sentence a person understands. */
    public record RuleFailure(String rule, String explanation) {
        public RuleFailure {
            requireNonNull(rule, "rule");
            requireNonNull(explanation, "explanation");
        }
    }
}

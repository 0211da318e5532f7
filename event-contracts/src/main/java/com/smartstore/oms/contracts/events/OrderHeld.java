package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order revision is held: it waits in the manual review queue (R-R3). After an approval it is also a fulfilment
 * hold: the warehouse and shipping stop before their next irreversible step until a later approval.
 *
 * <p>{@code sequence} numbers review's decisions on one order (approve, hold, reject) in the order review made
 * them; the topics are consumed independently, so a consumer keeps the decision with the highest sequence and
 * ignores an older one that arrives late (docs/ORDER-LIFECYCLE.md). Absent in events from before it existed.
 */
public record OrderHeld(
        UUID orderId,
        String orderNumber,
        int revision,
        UUID reviewId,
        List<RuleFailure> failedRules,
        Instant heldAt,
        Long sequence)
        implements OmsEvent {

    public OrderHeld {
        requireNonNull(orderId, "orderId");
        requireNonNull(orderNumber, "orderNumber");
        requireNonNull(reviewId, "reviewId");
        failedRules = List.copyOf(requireNonNull(failedRules, "failedRules"));
        requireNonNull(heldAt, "heldAt");
    }

    /** A hold without a decision sequence. */
    public OrderHeld(
            UUID orderId,
            String orderNumber,
            int revision,
            UUID reviewId,
            List<RuleFailure> failedRules,
            Instant heldAt) {
        this(orderId, orderNumber, revision, reviewId, failedRules, heldAt, null);
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

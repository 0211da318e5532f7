package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A reviewer rejected an order revision; the reason goes back to the entry clerk (R-R5, R-I9). After an approval
 * it stops fulfilment: the warehouse releases what it reserved, shipping dispatches nothing.
 *
 * <p>{@code sequence} numbers review's decisions on one order (approve, hold, reject) in the order review made
 * them; the topics are consumed independently, so a consumer keeps the decision with the highest sequence and
 * ignores an older one that arrives late (docs/ORDER-LIFECYCLE.md). Absent in events from before it existed.
 */
public record OrderRejected(
        UUID orderId,
        String orderNumber,
        int revision,
        UUID reviewId,
        String reasonCode,
        String reason,
        String rejectedBy,
        Instant rejectedAt,
        Long sequence)
        implements OmsEvent {

    public OrderRejected {
        requireNonNull(orderId, "orderId");
        requireNonNull(orderNumber, "orderNumber");
        requireNonNull(reason, "reason");
        requireNonNull(rejectedBy, "rejectedBy");
        requireNonNull(rejectedAt, "rejectedAt");
    }

    /** A rejection without a decision sequence. */
    public OrderRejected(
            UUID orderId,
            String orderNumber,
            int revision,
            UUID reviewId,
            String reasonCode,
            String reason,
            String rejectedBy,
            Instant rejectedAt) {
        this(orderId, orderNumber, revision, reviewId, reasonCode, reason, rejectedBy, rejectedAt, null);
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return rejectedAt;
    }
}

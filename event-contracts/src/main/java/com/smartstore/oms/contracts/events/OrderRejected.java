package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.UUID;

/** A reviewer rejected an order revision; the reason goes back to the entry clerk (R-R5, R-I9). */
public record OrderRejected(
        UUID orderId,
        String orderNumber,
        int revision,
        UUID reviewId,
        String reasonCode,
        String reason,
        String rejectedBy,
        Instant rejectedAt)
        implements OmsEvent {

    public OrderRejected {
        requireNonNull(orderId, "orderId");
        requireNonNull(orderNumber, "orderNumber");
        requireNonNull(reason, "reason");
        requireNonNull(rejectedBy, "rejectedBy");
        requireNonNull(rejectedAt, "rejectedAt");
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

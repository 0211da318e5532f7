package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A return ticket was closed with its outcome (R-X4..R-X6).
 *
 * @param refundAmount what was paid back: the refund of a REFUNDED return, the compensation of a PARTIALLY_COMPENSATED one
 * @param currency of {@code refundAmount}
 */
public record ReturnResolved(
        UUID returnId,
        UUID orderId,
        ReturnOutcome outcome,
        BigDecimal refundAmount,
        String currency,
        String resolvedBy,
        Instant resolvedAt)
        implements OmsEvent {

    public ReturnResolved {
        requireNonNull(returnId, "returnId");
        requireNonNull(orderId, "orderId");
        requireNonNull(outcome, "outcome");
        requireNonNull(resolvedBy, "resolvedBy");
        requireNonNull(resolvedAt, "resolvedAt");
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return resolvedAt;
    }
}

package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer asked to return goods of a shipped order; a return ticket was opened (R-X2). */
public record ReturnRequested(
        UUID returnId, UUID orderId, String reason, List<LineQuantity> lines, String requestedBy, Instant requestedAt)
        implements OmsEvent {

    public ReturnRequested {
        requireNonNull(returnId, "returnId");
        requireNonNull(orderId, "orderId");
        requireNonNull(reason, "reason");
        lines = lines == null ? List.of() : List.copyOf(lines);
        requireNonNull(requestedBy, "requestedBy");
        requireNonNull(requestedAt, "requestedAt");
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return requestedAt;
    }
}

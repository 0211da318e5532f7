package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer asked to return goods of a shipped order; a return ticket was opened for the goods the return policy
 * found eligible (R-X2). {@code reason} is the reason's code (QUALITY, DAMAGED_IN_TRANSIT, WRONG_ITEM,
 * NOT_AS_DESCRIBED, CHANGED_MIND, OTHER; free text in events published before issue 12). The fields after {@code
 * requestedAt} were added later and are absent from events published before.
 *
 * @param notes what the customer said, free text (personal data: erased on a customer's redaction)
 * @param requestedOutcome what the customer asks for: REFUND or EXCHANGE
 */
public record ReturnRequested(
        UUID returnId,
        UUID orderId,
        String reason,
        List<LineQuantity> lines,
        String requestedBy,
        Instant requestedAt,
        String notes,
        String requestedOutcome)
        implements OmsEvent {

    public ReturnRequested {
        requireNonNull(returnId, "returnId");
        requireNonNull(orderId, "orderId");
        requireNonNull(reason, "reason");
        lines = lines == null ? List.of() : List.copyOf(lines);
        requireNonNull(requestedBy, "requestedBy");
        requireNonNull(requestedAt, "requestedAt");
    }

    /** Without the fields added later (as published before them). */
    public ReturnRequested(
            UUID returnId,
            UUID orderId,
            String reason,
            List<LineQuantity> lines,
            String requestedBy,
            Instant requestedAt) {
        this(returnId, orderId, reason, lines, requestedBy, requestedAt, null, null);
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

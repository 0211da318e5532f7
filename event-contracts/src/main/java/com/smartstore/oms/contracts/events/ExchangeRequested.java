package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * After-sales exchanges a return's eligible goods (R-X6): intake creates a zero-priced replacement order for the
 * original order's customer and address, once per {@code returnId}, which goes through review, warehouse and shipping
 * like any order.
 *
 * @param orderId the original order
 * @param note what the customer asked for instead, as the ticket says it
 */
public record ExchangeRequested(
        UUID returnId,
        UUID orderId,
        String orderNumber,
        List<Line> lines,
        String note,
        String requestedBy,
        Instant requestedAt)
        implements OmsEvent {

    public ExchangeRequested {
        requireNonNull(returnId, "returnId");
        requireNonNull(orderId, "orderId");
        lines = List.copyOf(requireNonNull(lines, "lines"));
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

    /** A replacement to send: the SKU, how many, and the specification wanted (size, colour...), if any. */
    public record Line(String sku, int quantity, String specification) {
        public Line {
            requireNonNull(sku, "sku");
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive, was " + quantity);
            }
        }
    }
}

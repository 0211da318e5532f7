package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone asked to cancel an order (R-I11). A request, not a fact: shipping, the authority on whether the parcel has
 * left, answers with {@code order-cancelled} (confirmed) or {@code order-cancel-refused}.
 *
 * @param requestId identifies this request; the answer carries it
 * @param statusAtRequest the order status intake showed when the cancellation was requested, e.g. {@code APPROVED}
 */
public record OrderCancelRequested(
        UUID orderId,
        String orderNumber,
        UUID requestId,
        String statusAtRequest,
        String reason,
        String requestedBy,
        Instant requestedAt)
        implements OmsEvent {

    public OrderCancelRequested {
        requireNonNull(orderId, "orderId");
        requireNonNull(orderNumber, "orderNumber");
        requireNonNull(requestId, "requestId");
        requireNonNull(reason, "reason");
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

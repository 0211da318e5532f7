package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Shipping refused a requested cancellation because a parcel of the order has left (R-I11): the order stays as it
 * is; the customer can return it instead.
 *
 * @param code machine-readable cause, e.g. {@code ALREADY_SHIPPED}
 * @param reason a sentence customer service can pass on
 */
public record OrderCancelRefused(
        UUID orderId, String orderNumber, UUID requestId, String code, String reason, Instant refusedAt)
        implements OmsEvent {

    public OrderCancelRefused {
        requireNonNull(orderId, "orderId");
        requireNonNull(orderNumber, "orderNumber");
        requireNonNull(requestId, "requestId");
        requireNonNull(code, "code");
        requireNonNull(reason, "reason");
        requireNonNull(refusedAt, "refusedAt");
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return refusedAt;
    }
}

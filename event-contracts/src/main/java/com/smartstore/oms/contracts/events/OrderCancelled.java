package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An order was cancelled before it shipped (R-I11); the warehouse releases its reservations and open
 * pick lists, review closes its queue item.
 *
 * @param statusAtCancellation the order status when it was cancelled, e.g. {@code APPROVED}
 */
public record OrderCancelled(
        UUID orderId,
        String orderNumber,
        String statusAtCancellation,
        String reason,
        String cancelledBy,
        Instant cancelledAt)
        implements OmsEvent {

    public OrderCancelled {
        requireNonNull(orderId, "orderId");
        requireNonNull(orderNumber, "orderNumber");
        requireNonNull(reason, "reason");
        requireNonNull(cancelledBy, "cancelledBy");
        requireNonNull(cancelledAt, "cancelledAt");
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return cancelledAt;
    }
}

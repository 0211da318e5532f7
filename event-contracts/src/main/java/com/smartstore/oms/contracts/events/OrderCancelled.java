package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An order was cancelled before it shipped (R-I11): shipping, the authority on whether the parcel has left,
 * confirmed the cancellation requested on {@code order-cancel-requested}, and no parcel of the order will be
 * dispatched. The warehouse releases its reservations and puts picked goods back, review closes its queue item,
 * intake shows the order cancelled.
 *
 * @param statusAtCancellation the order status intake showed when the cancellation was requested, e.g. {@code APPROVED}
 * @param cancelledBy who requested the cancellation
 * @param requestId the request this confirms; absent in events from before cancellations were requests
 */
public record OrderCancelled(
        UUID orderId,
        String orderNumber,
        String statusAtCancellation,
        String reason,
        String cancelledBy,
        Instant cancelledAt,
        UUID requestId)
        implements OmsEvent {

    public OrderCancelled {
        requireNonNull(orderId, "orderId");
        requireNonNull(orderNumber, "orderNumber");
        requireNonNull(reason, "reason");
        requireNonNull(cancelledBy, "cancelledBy");
        requireNonNull(cancelledAt, "cancelledAt");
    }

    /** A cancellation without the request it confirms. */
    public OrderCancelled(
            UUID orderId,
            String orderNumber,
            String statusAtCancellation,
            String reason,
            String cancelledBy,
            Instant cancelledAt) {
        this(orderId, orderNumber, statusAtCancellation, reason, cancelledBy, cancelledAt, null);
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

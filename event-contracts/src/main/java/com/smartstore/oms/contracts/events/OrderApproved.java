package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order revision passed review, automatically (R-R2) or by a reviewer; the warehouse reserves and picks it.
 *
 * <p>{@code sequence} numbers review's decisions on one order (approve, hold, reject) in the order review made
 * them; the topics are consumed independently, so a consumer keeps the decision with the highest sequence and
 * ignores an older one that arrives late (docs/ORDER-LIFECYCLE.md). Absent in events from before it existed.
 */
public record OrderApproved(
        UUID orderId,
        String orderNumber,
        int revision,
        UUID reviewId,
        boolean automatic,
        String approvedBy,
        List<LineQuantity> lines,
        LocalDate requestedShipDate,
        Instant approvedAt,
        Long sequence)
        implements OmsEvent {

    public OrderApproved {
        requireNonNull(orderId, "orderId");
        requireNonNull(orderNumber, "orderNumber");
        requireNonNull(approvedBy, "approvedBy");
        lines = List.copyOf(requireNonNull(lines, "lines"));
        requireNonNull(approvedAt, "approvedAt");
    }

    /** An approval without a decision sequence. */
    public OrderApproved(
            UUID orderId,
            String orderNumber,
            int revision,
            UUID reviewId,
            boolean automatic,
            String approvedBy,
            List<LineQuantity> lines,
            LocalDate requestedShipDate,
            Instant approvedAt) {
        this(
                orderId,
                orderNumber,
                revision,
                reviewId,
                automatic,
                approvedBy,
                lines,
                requestedShipDate,
                approvedAt,
                null);
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return approvedAt;
    }
}

package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An order revision passed review, automatically (R-R2) or by a reviewer; the warehouse reserves and picks it. */
public record OrderApproved(
        UUID orderId,
        String orderNumber,
        int revision,
        UUID reviewId,
        boolean automatic,
        String approvedBy,
        List<LineQuantity> lines,
        LocalDate requestedShipDate,
        Instant approvedAt)
        implements OmsEvent {

    public OrderApproved {
        requireNonNull(orderId, "orderId");
        requireNonNull(orderNumber, "orderNumber");
        requireNonNull(approvedBy, "approvedBy");
        lines = List.copyOf(requireNonNull(lines, "lines"));
        requireNonNull(approvedAt, "approvedAt");
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

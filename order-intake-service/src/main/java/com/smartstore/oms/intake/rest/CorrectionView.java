package com.smartstore.oms.intake.rest;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A rejected order in the clerks' correction list (R-I9), with the reviewer's reason. {@code status} is REJECTED
 * (correct it: PUT) or PICKED (rejected after picking: its goods are packed and stopped; cancel it).
 */
public record CorrectionView(
        UUID id,
        String orderNumber,
        int revision,
        OrderStatus status,
        SalesChannel channel,
        String customerName,
        BigDecimal totalAmount,
        String createdBy,
        String reasonCode,
        String reason,
        String rejectedBy,
        Instant rejectedAt) {

    static CorrectionView of(Order o) {
        return new CorrectionView(
                o.id,
                o.orderNumber,
                o.revision,
                o.status,
                o.channel,
                o.customer.name,
                o.totalAmount,
                o.createdBy,
                o.rejectionCode,
                o.rejectionReason,
                o.rejectedBy,
                o.rejectedAt);
    }
}

package com.smartstore.oms.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.smartstore.oms.analytics.domain.OrderTimeline;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One order's timeline as the API shows it: when each step first happened (null: not yet seen). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrderTimelineView(
        UUID orderId,
        String orderNumber,
        Integer revision,
        String channel,
        String customerPseudonym,
        BigDecimal totalAmount,
        String currency,
        Integer lineCount,
        Instant receivedAt,
        Instant heldAt,
        Instant approvedAt,
        Instant rejectedAt,
        Instant pickedAt,
        Instant shippedAt,
        Instant returnRequestedAt) {

    public static OrderTimelineView of(OrderTimeline t) {
        return new OrderTimelineView(
                t.orderId,
                t.orderNumber,
                t.revision,
                t.channel,
                t.customerPseudonym,
                t.totalAmount,
                t.currency,
                t.lineCount,
                t.receivedAt,
                t.heldAt,
                t.approvedAt,
                t.rejectedAt,
                t.pickedAt,
                t.shippedAt,
                t.returnRequestedAt);
    }
}

package com.smartstore.oms.analytics.domain;

import java.time.Instant;
import java.util.Map;

/**
 * What analytics knows of one order, from every event about it so far: the facts of its newest order-received, the
 * earliest time of each step (the latest of shipments and deliveries, for split orders) and who did it.
 *
 * @param skuUnits units ordered per SKU, from the newest revision
 * @param totalCents the order's total in cents, null before order-received
 */
public record OrderState(
        String channel,
        String customerPseudonym,
        Long totalCents,
        Map<String, Integer> skuUnits,
        Instant receivedAt,
        Instant heldAt,
        Instant approvedAt,
        String approvedBy,
        Instant rejectedAt,
        String rejectedBy,
        Instant pickedAt,
        String pickedBy,
        String warehouse,
        Instant shippedAt,
        String shippedBy,
        Instant lastShippedAt,
        Instant deliveredAt,
        Instant cancelledAt,
        String cancelledBy) {

    public OrderState {
        skuUnits = skuUnits == null ? Map.of() : Map.copyOf(skuUnits);
    }
}

package com.smartstore.oms.analytics.domain;

import java.time.Instant;
import java.util.Map;

/**
 * What analytics knows of one order, from every event about it so far: the facts of its newest order-received, the
 * earliest time of each step (the latest of shipments and deliveries, for split orders) and who did it.
 *
 * @param skuUnits units ordered per SKU, from the newest revision
 * @param totalCents the order's total in cents, null before order-received
 * @param revision the newest revision received (above 1: the order was corrected), null before order-received
 * @param enteredBy the member of staff who keyed the order in (order-received's enteredBy), null for platform orders
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
        String cancelledBy,
        Integer revision,
        String enteredBy) {

    public OrderState {
        skuUnits = skuUnits == null ? Map.of() : Map.copyOf(skuUnits);
    }

    /** An order nobody keyed in, of its first revision. */
    public OrderState(
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
        this(
                channel,
                customerPseudonym,
                totalCents,
                skuUnits,
                receivedAt,
                heldAt,
                approvedAt,
                approvedBy,
                rejectedAt,
                rejectedBy,
                pickedAt,
                pickedBy,
                warehouse,
                shippedAt,
                shippedBy,
                lastShippedAt,
                deliveredAt,
                cancelledAt,
                cancelledBy,
                1,
                null);
    }
}

package com.smartstore.oms.returns.domain;

import com.smartstore.oms.kit.domain.Refusal;
import java.util.List;
import java.util.UUID;

/**
 * The return policy (R-X1, R-X2): decides whether a return may be requested for an order. For now the
 * one condition is that the order was shipped; the return window and conditions come with their issue.
 */
public final class ReturnPolicy {

    /** Refuses a return for an order with no shipment: a CONFLICT {@link Refusal}, {@code order-not-shipped}. */
    public static void check(UUID orderId, List<ShippedOrder> shipments) {
        if (shipments.isEmpty()) {
            throw Refusal.conflict(
                    "order-not-shipped",
                    "order " + orderId + " has not been shipped; a return can be requested only for a shipped order");
        }
    }

    private ReturnPolicy() {}
}

package com.smartstore.oms.intake.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a platform's later-life delivery says about an order (issue 10, part B), in our terms: whether the platform
 * cancelled it, whether it is paid, what was refunded, and the order as it is now when the body carries it.
 *
 * @param externalOrderId the platform's order id; null when the body has none (the delivery cannot be applied)
 * @param updatedAt the platform's time of this state of the order; null for deliveries without one (refunds, deletions)
 * @param order the whole order, mapped as a new one would be; null when the body is not the order
 * @param status the platform's order status (Shopify {@code financial_status}, WooCommerce {@code status})
 * @param cancellation the platform's cancellation; null: the order is not cancelled there
 * @param capture the payment the platform says was taken; null: none (yet)
 * @param onHold true when the merchant put the order on hold (WooCommerce {@code on-hold})
 * @param problems what could not be read (the delivery cannot be applied)
 */
public record PlatformChange(
        String externalOrderId,
        Instant updatedAt,
        PlatformOrder order,
        String status,
        Cancellation cancellation,
        Capture capture,
        List<Refund> refunds,
        boolean onHold,
        List<String> problems) {

    public PlatformChange {
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A platform's cancellation (or deletion, or full refund by status) of the order. */
    public record Cancellation(Instant at, String reason) {}

    /**
     * The payment the platform took.
     *
     * @param paymentId the platform's id for it, the same in every delivery that reports it (recorded once)
     */
    public record Capture(String paymentId, BigDecimal amount, String currency, Instant paidAt) {}

    /** Money given back, with the platform's id of the refund (transaction), recorded once. */
    public record Refund(String paymentId, BigDecimal amount, String currency, Instant at, String note) {}
}

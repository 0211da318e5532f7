package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * After-sales issued a refund for the inspected, eligible goods of a return (R-X4..R-X6); finance pays it out and
 * confirms it. {@code amount} = {@code goodsAmount} - {@code restockingFee} + {@code shippingRefund}, in
 * {@code currency}; {@code goodsAmount} is what was paid for the goods (line discounts and the order's discount
 * prorated).
 *
 * @param shippingRefund the order's shipping charge when the policy refunds it, else 0
 */
public record RefundIssued(
        UUID refundId,
        UUID returnId,
        UUID orderId,
        String orderNumber,
        BigDecimal amount,
        String currency,
        BigDecimal goodsAmount,
        BigDecimal restockingFee,
        BigDecimal shippingRefund,
        List<Line> lines,
        String issuedBy,
        Instant issuedAt)
        implements OmsEvent {

    public RefundIssued {
        requireNonNull(refundId, "refundId");
        requireNonNull(returnId, "returnId");
        requireNonNull(orderId, "orderId");
        requireNonNull(amount, "amount");
        requireNonNull(currency, "currency");
        requireNonNull(goodsAmount, "goodsAmount");
        requireNonNull(restockingFee, "restockingFee");
        requireNonNull(shippingRefund, "shippingRefund");
        lines = List.copyOf(requireNonNull(lines, "lines"));
        requireNonNull(issuedBy, "issuedBy");
        requireNonNull(issuedAt, "issuedAt");
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return issuedAt;
    }

    /** One refunded SKU: how many, and what was paid for them (discounts prorated). */
    public record Line(String sku, int quantity, BigDecimal amount) {
        public Line {
            requireNonNull(sku, "sku");
            requireNonNull(amount, "amount");
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive, was " + quantity);
            }
        }
    }
}

package com.smartstore.oms.returns.domain;

import com.smartstore.oms.kit.domain.Refusal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The refund of returned goods (R-X4..R-X6), from what the customer paid: each returned unit refunds its line's price
 * less its share of the line's discount; the order's own discount is shared over the lines in proportion to what each
 * cost after its discount; the restocking fee is a percent of the goods; the order's shipping charge is refunded when
 * the policy says so. Amounts are kept exact until the end and each figure is rounded half-up to the currency's
 * minor unit; the total is goods - fee + shipping, never below zero. Plain Java.
 */
public final class RefundCalculation {
    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A line of the order as paid: quantity, unit price, the discount on the whole line (null: none). */
    public record PaidLine(String sku, int quantity, BigDecimal unitPrice, BigDecimal discount) {
        public PaidLine {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(unitPrice, "unitPrice");
            discount = discount == null ? BigDecimal.ZERO : discount;
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive, was " + quantity);
            }
        }

        BigDecimal net() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(discount);
        }
    }

    /** The order as paid: its lines, its own discount and shipping charge (null: none), its currency. */
    public record PaidOrder(
            List<PaidLine> lines, BigDecimal orderDiscount, BigDecimal shippingCharge, String currency) {
        public PaidOrder {
            lines = List.copyOf(lines);
            orderDiscount = orderDiscount == null ? BigDecimal.ZERO : orderDiscount;
            shippingCharge = shippingCharge == null ? BigDecimal.ZERO : shippingCharge;
            Objects.requireNonNull(currency, "currency");
        }
    }

    /** One refunded SKU and what it refunds. */
    public record Line(String sku, int quantity, BigDecimal amount) {}

    /** The refund: per SKU, the goods, the fee, the shipping and the total, all in {@code currency}. */
    public record Refund(
            List<Line> lines,
            BigDecimal goods,
            BigDecimal restockingFee,
            BigDecimal shipping,
            BigDecimal total,
            String currency) {}

    /**
     * The refund of {@code returned} (per SKU, how many) of {@code order}. A SKU on several lines takes its units from
     * the first line first. Refused (422 {@code refund-exceeds-paid}) for more units of a SKU than the order paid for.
     *
     * @param restockingFeePercent 0..100
     * @param refundShipping whether the order's shipping charge is refunded
     */
    public static Refund of(
            PaidOrder order, Map<String, Integer> returned, BigDecimal restockingFeePercent, boolean refundShipping) {
        int scale = scale(order.currency());
        BigDecimal orderNet = order.lines().stream().map(PaidLine::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> exact = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : returned.entrySet()) {
            int left = entry.getValue();
            BigDecimal amount = BigDecimal.ZERO;
            for (PaidLine line : order.lines()) {
                if (left == 0 || !line.sku().equals(entry.getKey())) {
                    continue;
                }
                int units = Math.min(left, line.quantity());
                amount = amount.add(line.net()
                        .multiply(BigDecimal.valueOf(units))
                        .divide(BigDecimal.valueOf(line.quantity()), EXACT));
                left -= units;
            }
            if (left > 0) {
                throw Refusal.unprocessable(
                        "refund-exceeds-paid",
                        "line " + entry.getKey() + ": " + entry.getValue() + " to refund, but the order paid for only "
                                + (entry.getValue() - left));
            }
            BigDecimal share = orderNet.signum() == 0
                    ? BigDecimal.ZERO
                    : order.orderDiscount().multiply(amount).divide(orderNet, EXACT);
            exact.put(entry.getKey(), amount.subtract(share));
        }
        List<Line> lines = new ArrayList<>();
        exact.forEach((sku, amount) ->
                lines.add(new Line(sku, returned.get(sku), amount.setScale(scale, RoundingMode.HALF_UP))));
        BigDecimal goodsExact = exact.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal goods = goodsExact.setScale(scale, RoundingMode.HALF_UP);
        BigDecimal fee =
                goodsExact.multiply(restockingFeePercent).divide(HUNDRED, EXACT).setScale(scale, RoundingMode.HALF_UP);
        BigDecimal shipping =
                (refundShipping ? order.shippingCharge() : BigDecimal.ZERO).setScale(scale, RoundingMode.HALF_UP);
        BigDecimal total = goods.subtract(fee).add(shipping).max(BigDecimal.ZERO.setScale(scale));
        return new Refund(lines, goods, fee, shipping, total, order.currency());
    }

    /** The currency's minor unit (2 for EUR and TWD, 0 for JPY); 2 for a code Java does not know. */
    static int scale(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    private RefundCalculation() {}
}

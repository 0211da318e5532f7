package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the platform charged agrees with what the order's lines, shipping and tax add up to (issue 10), within
 * {@code oms.review.price-tolerance}. The platform's figures are the truth of what the customer paid; when ours differ
 * (a tip, a fee, a discount we could not place on a line, rounding), the order waits for a reviewer with both sides
 * itemised.
 */
public final class PlatformTotalsRule implements ReviewRule {
    public static final String NAME = "platform-totals";

    private final BigDecimal tolerance;

    public PlatformTotalsRule(BigDecimal tolerance) {
        if (tolerance == null || tolerance.signum() < 0) {
            throw new IllegalArgumentException("oms.review.price-tolerance must be zero or positive, was " + tolerance);
        }
        this.tolerance = tolerance;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("oms.review.price-tolerance", tolerance.toPlainString());
    }

    @Override
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        OrderReceived.Platform platform = order.platform();
        if (platform == null || platform.charged() == null) {
            return RuleResult.pass(NAME, "No platform totals to compare (the order was not charged on a platform)");
        }
        OrderReceived.Amounts charged = platform.charged();
        BigDecimal difference = charged.total().subtract(order.totalAmount());
        String currency = " " + order.currency();
        if (difference.abs().compareTo(tolerance) <= 0) {
            return RuleResult.pass(
                    NAME,
                    "The platform charged " + charged.total().toPlainString() + currency
                            + "; the lines, shipping and tax add up to the same");
        }
        StringBuilder why = new StringBuilder("The platform charged ")
                .append(charged.total().toPlainString())
                .append(currency)
                .append(" but the order's lines, shipping and tax add up to ")
                .append(order.totalAmount().toPlainString())
                .append(" (")
                .append(difference.signum() > 0 ? "the platform charged " : "the platform charged ")
                .append(difference.abs().toPlainString())
                .append(difference.signum() > 0 ? " more" : " less")
                .append("). Platform: ")
                .append(platformSide(charged))
                .append(". Ours: ")
                .append(ourSide(order));
        if (charged.other() != null
                && charged.other().signum() != 0
                && charged.other().subtract(difference).abs().compareTo(tolerance) <= 0) {
            why.append(". The difference is what the platform charged besides lines, shipping and tax (fees, tips,"
                    + " duties)");
        }
        return RuleResult.fail(
                NAME,
                why.append(". The platform's total is what the customer paid").toString());
    }

    private static String platformSide(OrderReceived.Amounts a) {
        StringBuilder side = new StringBuilder();
        append(side, "lines", a.subtotal());
        append(side, "discounts", a.discount());
        append(side, "shipping", a.shipping());
        if (a.tax() != null) {
            append(side, Boolean.TRUE.equals(a.taxIncluded()) ? "tax (included)" : "tax", a.tax());
        }
        append(side, "fees, tips, duties", a.other());
        return side.isEmpty() ? "no breakdown" : side.toString();
    }

    private static String ourSide(OrderReceived order) {
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal discounts = BigDecimal.ZERO;
        for (OrderReceived.Line line : order.lines()) {
            gross = gross.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
            discounts = discounts.add(line.discount() == null ? BigDecimal.ZERO : line.discount());
        }
        StringBuilder side = new StringBuilder();
        append(side, "lines", gross);
        append(side, "line discounts", discounts);
        OrderReceived.Charges charges = order.charges();
        if (charges != null) {
            append(side, "shipping", charges.shipping());
            append(
                    side,
                    "order discount",
                    charges.discount() == null || charges.discount().signum() == 0 ? null : charges.discount());
            append(side, "tax on top", charges.tax());
        }
        return side.toString();
    }

    private static void append(StringBuilder side, String what, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (!side.isEmpty()) {
            side.append(", ");
        }
        side.append(what).append(' ').append(amount.toPlainString());
    }
}

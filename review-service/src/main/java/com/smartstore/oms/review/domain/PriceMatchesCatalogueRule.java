package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each line's unit price is the catalogue price (within a tolerance) of an active product in the same
 * currency. A line discount the channel reported is honoured: it may not be negative or exceed the line,
 * and a unit price already net of it passes when adding the discount back gives the catalogue price. An exchange's
 * replacement order (issue 12) is priced at zero on purpose: only its products are checked.
 */
public final class PriceMatchesCatalogueRule implements ReviewRule {
    public static final String NAME = "price-matches-catalogue";

    private final BigDecimal tolerance;

    public PriceMatchesCatalogueRule(BigDecimal tolerance) {
        if (tolerance == null || tolerance.signum() < 0) {
            throw new IllegalArgumentException("oms.review.price-tolerance must be zero or positive, was " + tolerance);
        }
        this.tolerance = tolerance;
    }

    private boolean matches(BigDecimal price, BigDecimal catalogue) {
        return price.subtract(catalogue).abs().compareTo(tolerance) <= 0;
    }

    private static boolean hasDiscount(OrderReceived.Line line) {
        return line.discount() != null && line.discount().signum() != 0;
    }

    private static boolean discountValid(OrderReceived.Line line) {
        return line.discount() == null
                || (line.discount().signum() >= 0 && line.discount().compareTo(gross(line)) <= 0);
    }

    private static BigDecimal gross(OrderReceived.Line line) {
        return line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()));
    }

    /** The unit price before the line discount, when the channel reported a unit price net of it. */
    private static BigDecimal grossUnitPrice(OrderReceived.Line line) {
        if (!hasDiscount(line)) {
            return line.unitPrice();
        }
        return line.unitPrice()
                .add(line.discount().divide(BigDecimal.valueOf(line.quantity()), 2, java.math.RoundingMode.HALF_UP));
    }

    /** True when the platform gave the line's price in the shop's currency, and that is the catalogue's. */
    private static boolean inShopCurrency(OrderReceived order, OrderReceived.Line line, CatalogProduct product) {
        return line.shopUnitPrice() != null
                && order.platform() != null
                && product.currency.equals(order.platform().shopCurrency());
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
        List<String> problems = new ArrayList<>();
        for (OrderReceived.Line line : order.lines()) {
            if (line.unmapped()) {
                // No product of ours yet: sku-mapped holds the order until a clerk maps the line.
                continue;
            }
            String where = "line " + line.lineNo() + " (" + line.sku() + ")";
            var product = facts.product(line.sku());
            if (product.isEmpty()) {
                problems.add(where + " is not in the catalogue");
                continue;
            }
            CatalogProduct p = product.get();
            if (!p.active) {
                problems.add(where + " is no longer sold (inactive in the catalogue)");
            } else if (order.replacement() != null) {
                // An exchange's replacement (issue 12): its zero price is intended, returns decided the exchange.
                continue;
            } else if (!p.currency.equals(order.currency()) && inShopCurrency(order, line, p)) {
                // Charged in the customer's currency; the platform says what the line is in the shop's (issue 10).
                if (!matches(line.shopUnitPrice(), p.unitPrice)) {
                    problems.add(where + ": " + line.shopUnitPrice().toPlainString() + " " + p.currency
                            + " ordered (in the shop's currency), the catalogue price is "
                            + p.unitPrice.toPlainString());
                }
            } else if (!p.currency.equals(order.currency())) {
                problems.add(where + " is priced in " + order.currency() + " but the catalogue is in " + p.currency);
            } else if (!discountValid(line)) {
                problems.add(where + ": the discount of " + line.discount().toPlainString()
                        + " is negative or larger than the line amount of "
                        + gross(line).toPlainString());
            } else if (!matches(line.unitPrice(), p.unitPrice) && !matches(grossUnitPrice(line), p.unitPrice)) {
                problems.add(where + ": " + line.unitPrice().toPlainString() + " ordered"
                        + (hasDiscount(line)
                                ? " with a line discount of " + line.discount().toPlainString()
                                : "")
                        + ", the catalogue price is " + p.unitPrice.toPlainString());
            }
        }
        if (problems.isEmpty() && order.replacement() != null) {
            return RuleResult.pass(
                    NAME,
                    "A replacement for return " + order.replacement().returnId()
                            + " (an exchange): its prices are intended, every product is in the catalogue");
        }
        if (problems.isEmpty()) {
            String within = tolerance.signum() == 0 ? "" : " within " + tolerance.toPlainString();
            long discounted = order.lines().stream()
                    .filter(PriceMatchesCatalogueRule::hasDiscount)
                    .count();
            String discounts = discounted == 0 ? "" : "; " + discounted + " line(s) with a channel discount";
            return RuleResult.pass(
                    NAME, "All " + order.lines().size() + " line price(s) match the catalogue" + within + discounts);
        }
        return RuleResult.fail(NAME, "Prices differ from the catalogue: " + String.join("; ", problems));
    }
}

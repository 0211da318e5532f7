package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Each line's unit price is the catalogue price (within a tolerance) of an active product in the same currency. */
public final class PriceMatchesCatalogueRule implements ReviewRule {
    public static final String NAME = "price-matches-catalogue";

    private final BigDecimal tolerance;

    public PriceMatchesCatalogueRule(BigDecimal tolerance) {
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
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        List<String> problems = new ArrayList<>();
        for (OrderReceived.Line line : order.lines()) {
            String where = "line " + line.lineNo() + " (" + line.sku() + ")";
            var product = facts.product(line.sku());
            if (product.isEmpty()) {
                problems.add(where + " is not in the catalogue");
                continue;
            }
            CatalogProduct p = product.get();
            if (!p.active) {
                problems.add(where + " is no longer sold (inactive in the catalogue)");
            } else if (!p.currency.equals(order.currency())) {
                problems.add(where + " is priced in " + order.currency() + " but the catalogue is in " + p.currency);
            } else if (line.unitPrice().subtract(p.unitPrice).abs().compareTo(tolerance) > 0) {
                problems.add(where + ": " + line.unitPrice().toPlainString() + " ordered, the catalogue price is "
                        + p.unitPrice.toPlainString());
            }
        }
        if (problems.isEmpty()) {
            String within = tolerance.signum() == 0 ? "" : " within " + tolerance.toPlainString();
            return RuleResult.pass(NAME, "All " + order.lines().size() + " line price(s) match the catalogue" + within);
        }
        return RuleResult.fail(NAME, "Prices differ from the catalogue: " + String.join("; ", problems));
    }
}

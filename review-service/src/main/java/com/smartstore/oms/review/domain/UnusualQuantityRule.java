package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.util.List;
import java.util.Map;

/** A line with more units than customers usually buy goes to a person: often a typo, sometimes a reseller. */
public final class UnusualQuantityRule implements ReviewRule {
    public static final String NAME = "unusual-quantity";

    private final int maxLineQuantity;

    public UnusualQuantityRule(int maxLineQuantity) {
        if (maxLineQuantity < 1) {
            throw new IllegalArgumentException(
                    "oms.review.max-line-quantity must be at least 1, was " + maxLineQuantity);
        }
        this.maxLineQuantity = maxLineQuantity;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("oms.review.max-line-quantity", Integer.toString(maxLineQuantity));
    }

    @Override
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        List<String> unusual = order.lines().stream()
                .filter(line -> line.quantity() > maxLineQuantity)
                .map(line -> "line " + line.lineNo() + " (" + line.sku() + "): " + line.quantity() + " units")
                .toList();
        if (unusual.isEmpty()) {
            return RuleResult.pass(NAME, "Every line is at most " + maxLineQuantity + " units");
        }
        return RuleResult.fail(
                NAME,
                "Unusual quantity, more than " + maxLineQuantity + " units on a line: " + String.join("; ", unusual)
                        + "; check it is not a typo");
    }
}

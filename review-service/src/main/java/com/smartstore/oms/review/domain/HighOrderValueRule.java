package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.math.BigDecimal;
import java.util.Map;

/** Orders above a configured total go to a person: a large order is worth a second look before it ships. */
public final class HighOrderValueRule implements ReviewRule {
    public static final String NAME = "high-order-value";

    private final BigDecimal threshold;
    private final String currency;

    /** @param currency the shop's currency, the one the threshold is in ({@code oms.review.currency}) */
    public HighOrderValueRule(BigDecimal threshold, String currency) {
        if (threshold == null || threshold.signum() < 0) {
            throw new IllegalArgumentException(
                    "oms.review.high-value-threshold must be zero or positive, was " + threshold);
        }
        this.threshold = threshold;
        this.currency = java.util.Objects.requireNonNull(currency, "oms.review.currency");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("oms.review.high-value-threshold", threshold.toPlainString(), "oms.review.currency", currency);
    }

    @Override
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        String total = ShopMoney.describe(order, currency);
        String limit = threshold.toPlainString() + " " + currency;
        var inShopCurrency = ShopMoney.total(order, currency);
        if (inShopCurrency.isEmpty()) {
            return RuleResult.fail(
                    NAME,
                    "Order total " + total + " cannot be compared with the high-value threshold of " + limit
                            + " (neither the order nor its platform gives the total in " + currency
                            + "): a reviewer checks it");
        }
        if (inShopCurrency.get().compareTo(threshold) > 0) {
            return RuleResult.fail(
                    NAME,
                    "Order total " + total + " is above the high-value threshold of " + limit
                            + ": a reviewer checks large orders before they ship");
        }
        return RuleResult.pass(NAME, "Order total " + total + " is within the high-value threshold of " + limit);
    }
}

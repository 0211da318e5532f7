package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.math.BigDecimal;
import java.util.Map;

/** Orders above a configured total go to a person: a large order is worth a second look before it ships. */
public final class HighOrderValueRule implements ReviewRule {
    public static final String NAME = "high-order-value";

    private final BigDecimal threshold;

    public HighOrderValueRule(BigDecimal threshold) {
        if (threshold == null || threshold.signum() < 0) {
            throw new IllegalArgumentException(
                    "oms.review.high-value-threshold must be zero or positive, was " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("oms.review.high-value-threshold", threshold.toPlainString());
    }

    @Override
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        String total = order.totalAmount().toPlainString() + " " + order.currency();
        // The threshold is one number for every currency: the shop sells almost only in EUR.
        if (order.totalAmount().compareTo(threshold) > 0) {
            return RuleResult.fail(
                    NAME,
                    "Order total " + total + " is above the high-value threshold of " + threshold.toPlainString()
                            + ": a reviewer checks large orders before they ship");
        }
        return RuleResult.pass(
                NAME, "Order total " + total + " is within the high-value threshold of " + threshold.toPlainString());
    }
}

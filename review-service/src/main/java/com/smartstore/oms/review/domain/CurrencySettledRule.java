package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The order is paid in a currency the shop settles in (issue 10; {@code oms.review.settled-currencies}). A platform
 * that converts the customer's currency into the shop's (Shopify: presentment vs shop money) settles it in the shop's
 * currency; an order charged in any other currency waits for a reviewer (and finance) instead of being refused.
 */
public final class CurrencySettledRule implements ReviewRule {
    public static final String NAME = "currency-settled";

    private final Set<String> settled;

    public CurrencySettledRule(Set<String> settled) {
        if (settled == null || settled.isEmpty()) {
            throw new IllegalArgumentException("oms.review.settled-currencies must name at least one currency");
        }
        this.settled = settled.stream()
                .map(c -> c.trim().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("oms.review.settled-currencies", String.join(",", settled));
    }

    @Override
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        String currency = order.currency();
        if (settled.contains(currency)) {
            return RuleResult.pass(NAME, "Charged in " + currency + ", a currency the shop settles in");
        }
        OrderReceived.Platform platform = order.platform();
        String shop = platform == null ? null : platform.shopCurrency();
        if (shop != null && settled.contains(shop)) {
            OrderReceived.Amounts converted = platform.chargedInShopCurrency();
            return RuleResult.pass(
                    NAME,
                    "Charged in " + currency + "; the platform settles it in " + shop
                            + (converted == null ? "" : " (" + converted.total().toPlainString() + " " + shop + ")"));
        }
        return RuleResult.fail(
                NAME,
                "Charged in " + currency + ", which the shop does not settle in (it settles in "
                        + String.join(", ", settled)
                        + "): check with finance how the payment arrives before approving");
    }
}

package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An order's total in the shop's currency, the one review's thresholds are given in ({@code oms.review.currency}):
 * the total itself for an order in that currency, else what its platform converted it to (Shopify's
 * {@code shop_money}), else unknown. Shops sell in several currencies (issue 10); comparing 900 GBP or 900 KWD with a
 * threshold of 1000 EUR as if they were euros would wave a large order through.
 */
public final class ShopMoney {
    private ShopMoney() {}

    /** The order's total in {@code currency}, when the order or its platform says what it is. */
    public static Optional<BigDecimal> total(OrderReceived order, String currency) {
        if (currency.equals(order.currency())) {
            return Optional.of(order.totalAmount());
        }
        OrderReceived.Platform platform = order.platform();
        if (platform != null && currency.equals(platform.shopCurrency()) && platform.chargedInShopCurrency() != null) {
            return Optional.of(platform.chargedInShopCurrency().total());
        }
        return Optional.empty();
    }

    /** The order's total as a reviewer reads it: {@code 1200.00 USD (1105.20 EUR as the platform converted it)}. */
    public static String describe(OrderReceived order, String currency) {
        String total = order.totalAmount().toPlainString() + " " + order.currency();
        if (currency.equals(order.currency())) {
            return total;
        }
        return total(order, currency)
                .map(converted ->
                        total + " (" + converted.toPlainString() + " " + currency + " as the platform converted it)")
                .orElse(total);
    }
}

package com.smartstore.oms.review.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Builds the projections a rule sees, for plain unit tests. */
final class Facts {
    private final Map<String, CatalogProduct> products = new HashMap<>();
    private final Map<String, Integer> available = new HashMap<>();

    static Facts facts() {
        return new Facts();
    }

    Facts product(String sku, String price) {
        return product(sku, price, "EUR", true);
    }

    Facts product(String sku, String price, String currency, boolean active) {
        products.put(
                sku, CatalogProduct.of(sku, "Product " + sku, new BigDecimal(price), currency, active, Instant.EPOCH));
        return this;
    }

    Facts stock(String sku, int units) {
        available.put(sku, units);
        return this;
    }

    ReviewFacts build() {
        return new ReviewFacts(products, available);
    }
}

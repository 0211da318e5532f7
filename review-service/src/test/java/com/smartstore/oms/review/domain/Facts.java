package com.smartstore.oms.review.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the projections a rule sees, for plain unit tests. */
final class Facts {
    private final Map<String, CatalogProduct> products = new HashMap<>();
    private final Map<String, Integer> available = new HashMap<>();
    private final Map<String, Integer> inFlight = new HashMap<>();
    private final List<BlacklistEntry> blacklist = new ArrayList<>();
    private final List<EarlierOrder> earlier = new ArrayList<>();

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

    Facts inFlight(String sku, int units) {
        inFlight.put(sku, units);
        return this;
    }

    Facts blacklisted(BlacklistKind kind, String hash, String reason) {
        blacklist.add(BlacklistEntry.of(kind, hash, "***", reason, "manager", Instant.EPOCH));
        return this;
    }

    Facts earlierOrder(EarlierOrder order) {
        earlier.add(order);
        return this;
    }

    ReviewFacts build() {
        return new ReviewFacts(products, available, inFlight, blacklist, earlier);
    }
}

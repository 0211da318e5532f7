package com.smartstore.oms.review.domain;

import java.util.Map;
import java.util.Optional;

/** What the rules check an order against: the catalogue entries and stock available for the order's SKUs. */
public record ReviewFacts(Map<String, CatalogProduct> products, Map<String, Integer> availableBySku) {
    public ReviewFacts {
        products = Map.copyOf(products);
        availableBySku = Map.copyOf(availableBySku);
    }

    public Optional<CatalogProduct> product(String sku) {
        return Optional.ofNullable(products.get(sku));
    }

    /** Available units summed over all warehouses; a SKU no warehouse reported has none. */
    public int available(String sku) {
        return availableBySku.getOrDefault(sku, 0);
    }
}

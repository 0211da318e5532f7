package com.smartstore.oms.review.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules check an order against: the catalogue entries and stock available for the order's SKUs,
 * the units earlier approvals will take that the stock levels do not show yet, the blacklist entries that
 * may match the customer, the same customer's recent other orders, and the payments trusted sources recorded
 * for the order ({@code payment}: null when none were).
 */
public record ReviewFacts(
        Map<String, CatalogProduct> products,
        Map<String, Integer> availableBySku,
        Map<String, Integer> inFlightBySku,
        List<BlacklistEntry> blacklistCandidates,
        List<EarlierOrder> recentOrdersOfCustomer,
        RecordedPayment payment) {

    public ReviewFacts {
        products = Map.copyOf(products);
        availableBySku = Map.copyOf(availableBySku);
        inFlightBySku = Map.copyOf(inFlightBySku);
        blacklistCandidates = List.copyOf(blacklistCandidates);
        recentOrdersOfCustomer = List.copyOf(recentOrdersOfCustomer);
    }

    /** Facts without any recorded payment. */
    public ReviewFacts(
            Map<String, CatalogProduct> products,
            Map<String, Integer> availableBySku,
            Map<String, Integer> inFlightBySku,
            List<BlacklistEntry> blacklistCandidates,
            List<EarlierOrder> recentOrdersOfCustomer) {
        this(products, availableBySku, inFlightBySku, blacklistCandidates, recentOrdersOfCustomer, null);
    }

    /** Catalogue and stock only: no approvals in flight, nobody blacklisted, no earlier orders. */
    public ReviewFacts(Map<String, CatalogProduct> products, Map<String, Integer> availableBySku) {
        this(products, availableBySku, Map.of(), List.of(), List.of());
    }

    public Optional<RecordedPayment> recordedPayment() {
        return Optional.ofNullable(payment);
    }

    public Optional<CatalogProduct> product(String sku) {
        return Optional.ofNullable(products.get(sku));
    }

    /** Available units summed over all warehouses; a SKU no warehouse reported has none. */
    public int available(String sku) {
        return availableBySku.getOrDefault(sku, 0);
    }

    /** Units of the SKU that approved orders will take but the stock levels do not reflect yet (R-R1). */
    public int inFlight(String sku) {
        return inFlightBySku.getOrDefault(sku, 0);
    }
}

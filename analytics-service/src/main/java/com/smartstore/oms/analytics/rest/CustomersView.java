package com.smartstore.oms.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Customer behaviour over the orders received in the range (R-A3), by customer pseudonym only: how many customers
 * ordered how often, the share who ordered more than once, the average order value, and the categories ordered most
 * (units, by the catalogue's category of each SKU; {@code uncategorised} for a SKU the catalogue does not place).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CustomersView(
        Instant from,
        Instant to,
        long customers,
        long orders,
        long repeatCustomers,
        Double repeatCustomerRate,
        Double averageOrderValue,
        List<Frequency> purchaseFrequency,
        List<Category> topCategories) {

    /** {@code customers} customers placed {@code orders} orders each in the range. */
    public record Frequency(long orders, long customers) {}

    public record Category(String category, long units) {}
}

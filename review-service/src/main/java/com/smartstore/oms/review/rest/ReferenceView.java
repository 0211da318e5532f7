package com.smartstore.oms.review.rest;

import com.smartstore.oms.review.domain.CatalogProduct;
import com.smartstore.oms.review.domain.WarehouseStock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What review currently believes about a SKU, i.e. what the automatic rules check an order against:
 * the catalogue entry (null if unknown) and the stock available per warehouse.
 */
public record ReferenceView(String sku, Catalogue catalogue, int available, List<Warehouse> warehouses) {

    public record Catalogue(String name, BigDecimal unitPrice, String currency, boolean active, Instant updatedAt) {}

    public record Warehouse(String warehouse, int available, Instant updatedAt) {}

    public static ReferenceView of(String sku, CatalogProduct product, List<WarehouseStock> stock) {
        return new ReferenceView(
                sku,
                product == null
                        ? null
                        : new Catalogue(
                                product.name, product.unitPrice, product.currency, product.active, product.updatedAt),
                stock.stream().mapToInt(s -> Math.max(0, s.available)).sum(),
                stock.stream()
                        .map(s -> new Warehouse(s.warehouse, s.available, s.updatedAt))
                        .toList());
    }
}

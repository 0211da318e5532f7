package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.domain.Product;
import java.math.BigDecimal;
import java.time.Instant;

/** A catalogue product as the API shows it. */
public record ProductView(
        String sku,
        String name,
        String specification,
        String category,
        BigDecimal unitPrice,
        String currency,
        boolean active,
        Instant updatedAt,
        String updatedBy,
        long version) {

    public static ProductView of(Product p) {
        return new ProductView(
                p.sku,
                p.name,
                p.specification,
                p.category,
                p.unitPrice,
                p.currency,
                p.active,
                p.updatedAt,
                p.updatedBy,
                p.version);
    }
}

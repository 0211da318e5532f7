package com.smartstore.oms.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Review's projection of one catalogue product (from {@code product-catalog}), what prices are checked against. */
@Entity
@Table(name = "catalog_product")
public class CatalogProduct {
    @Id
    public String sku;

    public String name;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    public String currency;
    public boolean active;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static CatalogProduct of(
            String sku, String name, BigDecimal unitPrice, String currency, boolean active, Instant updatedAt) {
        CatalogProduct product = new CatalogProduct();
        product.sku = sku;
        product.name = name;
        product.unitPrice = unitPrice;
        product.currency = currency;
        product.active = active;
        product.updatedAt = updatedAt;
        return product;
    }
}

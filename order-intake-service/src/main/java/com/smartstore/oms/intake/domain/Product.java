package com.smartstore.oms.intake.domain;

import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** A catalogue product, owned by intake and published on the compacted {@code product-catalog} topic. */
@Entity
public class Product {
    @Id
    public String sku;

    public String name;
    public String specification;
    public String category;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    public String currency;
    public boolean active;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public ProductCatalogEntry toEvent() {
        return new ProductCatalogEntry(sku, name, specification, category, unitPrice, currency, active, updatedAt);
    }
}

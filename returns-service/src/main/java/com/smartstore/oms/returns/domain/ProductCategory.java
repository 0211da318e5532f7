package com.smartstore.oms.returns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The catalogue category of a SKU, from {@code product-catalog}: some categories cannot be returned (R-X1). */
@Entity
@Table(name = "product_category")
public class ProductCategory {
    @Id
    public String sku;

    public String category;

    @Column(name = "updated_at")
    public Instant updatedAt;
}

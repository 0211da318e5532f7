package com.smartstore.oms.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Review's projection of one SKU's available stock in one warehouse (from {@code stock-levels}). */
@Entity
@Table(name = "stock_level")
@IdClass(WarehouseStock.Key.class)
public class WarehouseStock {
    @Id
    public String warehouse;

    @Id
    public String sku;

    public int available;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The composite key: warehouse and SKU. */
    public static class Key implements Serializable {
        public String warehouse;
        public String sku;

        public Key() {}

        public Key(String warehouse, String sku) {
            this.warehouse = warehouse;
            this.sku = sku;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(warehouse, k.warehouse) && Objects.equals(sku, k.sku);
        }

        @Override
        public int hashCode() {
            return Objects.hash(warehouse, sku);
        }
    }
}

package com.smartstore.oms.intake.domain;

import com.smartstore.oms.contracts.events.SalesChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * Which of our SKUs a platform's product, or one variant of it, is (issue 10): staff keep these per channel for
 * products the shop sells without a SKU on the platform. A mapping without a variant covers every variant of the
 * product that has no mapping of its own.
 */
@Entity
@Table(name = "sku_mapping")
public class SkuMapping {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public SalesChannel channel;

    @Column(name = "product_id")
    public String productId;

    @Column(name = "variant_id")
    public String variantId;

    public String sku;

    public String note;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** True when this mapping applies to a line of the product and variant (variant null: the product has none). */
    public boolean covers(String product, String variant) {
        return productId.equals(product) && (variantId == null || variantId.equals(variant));
    }
}

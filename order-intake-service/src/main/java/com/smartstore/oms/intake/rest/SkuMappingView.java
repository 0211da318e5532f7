package com.smartstore.oms.intake.rest;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.domain.SkuMapping;
import java.time.Instant;
import java.util.UUID;

/** A SKU mapping with who created and last changed it. */
public record SkuMappingView(
        UUID id,
        SalesChannel channel,
        String productId,
        String variantId,
        String sku,
        String note,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {

    public static SkuMappingView of(SkuMapping m) {
        return new SkuMappingView(
                m.id,
                m.channel,
                m.productId,
                m.variantId,
                m.sku,
                m.note,
                m.createdBy,
                m.createdAt,
                m.updatedBy,
                m.updatedAt);
    }
}

package com.smartstore.oms.intake.repository;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.domain.SkuMapping;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The channels' SKU mappings. */
@ApplicationScoped
public class SkuMappingRepository implements PanacheRepositoryBase<SkuMapping, UUID> {
    /** The unique index a second mapping of the same product and variant runs into. */
    public static final String UNIQUE = "sku_mapping_uk";

    /** Every mapping of the channel for any of the products (variant-level and product-level ones). */
    public Uni<List<SkuMapping>> ofProducts(SalesChannel channel, Collection<String> productIds) {
        if (productIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("channel = ?1 and productId in ?2", channel, productIds);
    }

    /** The mapping of exactly this product and variant (variant null: the product-level one), or null. */
    public Uni<SkuMapping> ofKey(SalesChannel channel, String productId, String variantId) {
        return variantId == null
                ? find("channel = ?1 and productId = ?2 and variantId is null", channel, productId)
                        .firstResult()
                : find("channel = ?1 and productId = ?2 and variantId = ?3", channel, productId, variantId)
                        .firstResult();
    }

    public Uni<Page<SkuMapping>> search(SalesChannel channel, String sku, int page, int size) {
        return new Where()
                .equal("channel", channel)
                .equal("sku", sku)
                .pageWithTotal(
                        this,
                        Sort.by("channel").and("productId").and("variantId").and("id"),
                        page,
                        size);
    }
}

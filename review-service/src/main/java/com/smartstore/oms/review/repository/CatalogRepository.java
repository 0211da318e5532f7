package com.smartstore.oms.review.repository;

import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.review.domain.CatalogProduct;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue projection. */
@ApplicationScoped
public class CatalogRepository implements PanacheRepositoryBase<CatalogProduct, String> {

    /**
     * Inserts or replaces the product unless the stored entry is newer: a compacted topic may be
     * re-read and events may arrive late, and the latest {@code updatedAt} must win either way.
     */
    public Uni<Integer> upsert(ProductCatalogEntry entry) {
        return getSession()
                .chain(s -> s.createNativeQuery("""
                                insert into catalog_product (sku, name, unit_price, currency, active, updated_at)
                                values (:sku, :name, :unitPrice, :currency, :active, :updatedAt)
                                on conflict (sku) do update set
                                    name = excluded.name, unit_price = excluded.unit_price,
                                    currency = excluded.currency, active = excluded.active,
                                    updated_at = excluded.updated_at
                                where catalog_product.updated_at <= excluded.updated_at""")
                        .setParameter("sku", entry.sku())
                        .setParameter("name", entry.name())
                        .setParameter("unitPrice", entry.unitPrice())
                        .setParameter("currency", entry.currency())
                        .setParameter("active", entry.active())
                        .setParameter("updatedAt", entry.updatedAt())
                        .executeUpdate());
    }

    /** The known products among these SKUs, by SKU. */
    public Uni<Map<String, CatalogProduct>> bySku(Collection<String> skus) {
        return list("sku in ?1", skus)
                .map(products -> products.stream().collect(Collectors.toMap(p -> p.sku, Function.identity())));
    }
}

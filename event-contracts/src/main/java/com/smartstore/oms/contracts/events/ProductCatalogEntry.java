package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.math.BigDecimal;
import java.time.Instant;

/** The current state of one catalogue product, keyed by SKU on the compacted {@code product-catalog} topic. */
public record ProductCatalogEntry(
        String sku,
        String name,
        String specification,
        String category,
        BigDecimal unitPrice,
        String currency,
        boolean active,
        Instant updatedAt)
        implements OmsEvent {

    public ProductCatalogEntry {
        requireNonNull(sku, "sku");
        requireNonNull(name, "name");
        requireNonNull(unitPrice, "unitPrice");
        requireNonNull(currency, "currency");
        requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public String key() {
        return sku;
    }

    @Override
    public Instant occurredAt() {
        return updatedAt;
    }
}

package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;

/** Current stock of one SKU in one warehouse, keyed {@code warehouse/sku} on the compacted {@code stock-levels} topic. */
public record StockLevel(String warehouse, String sku, int onHand, int reserved, int available, Instant updatedAt)
        implements OmsEvent {

    public StockLevel {
        requireNonNull(warehouse, "warehouse");
        requireNonNull(sku, "sku");
        requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public String key() {
        return warehouse + "/" + sku;
    }

    @Override
    public Instant occurredAt() {
        return updatedAt;
    }
}

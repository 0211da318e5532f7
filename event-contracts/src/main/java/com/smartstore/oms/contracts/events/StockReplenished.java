package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Goods were received into a warehouse (R-W6): waiting orders were served first, oldest approval
 * first, and what remained became available. Key: sku.
 */
public record StockReplenished(
        UUID receiptId,
        String warehouse,
        String sku,
        int quantity,
        List<OrderQuantity> servedOrders,
        int availableAfter,
        String receivedBy,
        Instant receivedAt)
        implements OmsEvent {

    public StockReplenished {
        requireNonNull(receiptId, "receiptId");
        requireNonNull(warehouse, "warehouse");
        requireNonNull(sku, "sku");
        servedOrders = servedOrders == null ? List.of() : List.copyOf(servedOrders);
        requireNonNull(receivedBy, "receivedBy");
        requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public String key() {
        return sku;
    }

    @Override
    public Instant occurredAt() {
        return receivedAt;
    }
}

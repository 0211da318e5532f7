package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Returned goods arrived at a warehouse and were inspected; RESELLABLE items are restocked there by
 * the warehouse, the others are only recorded.
 */
public record ReturnReceived(
        UUID returnId, UUID orderId, String warehouse, List<Item> items, String receivedBy, Instant receivedAt)
        implements OmsEvent {

    public ReturnReceived {
        requireNonNull(returnId, "returnId");
        requireNonNull(orderId, "orderId");
        requireNonNull(warehouse, "warehouse");
        items = List.copyOf(requireNonNull(items, "items"));
        requireNonNull(receivedBy, "receivedBy");
        requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return receivedAt;
    }

    /** One inspected SKU and what happens to it. */
    public record Item(String sku, int quantity, Disposition disposition, String note) {
        public Item {
            requireNonNull(sku, "sku");
            requireNonNull(disposition, "disposition");
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive, was " + quantity);
            }
        }
    }
}

package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** An order and a quantity of one SKU: who waits for stock, or who was served from a receipt. */
public record OrderQuantity(UUID orderId, int quantity) {
    public OrderQuantity {
        requireNonNull(orderId, "orderId");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}

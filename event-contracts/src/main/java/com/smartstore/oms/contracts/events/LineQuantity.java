package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

/** A SKU and a quantity: the part of an order line that warehouse, shipping and returns act on. */
public record LineQuantity(String sku, int quantity) {
    public LineQuantity {
        requireNonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}

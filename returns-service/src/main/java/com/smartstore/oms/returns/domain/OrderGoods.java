package com.smartstore.oms.returns.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What returns knows of one order when a return is asked for: when each parcel left and arrived, and per SKU how many
 * were shipped, its catalogue category and how many are already on return tickets. Built by the service from its
 * projections; the policy decides on it alone.
 */
public record OrderGoods(UUID orderId, List<Parcel> parcels, Map<String, Goods> skus) {
    public OrderGoods {
        parcels = List.copyOf(parcels);
        skus = Map.copyOf(skus);
    }

    /** One shipment: when it left, and when the carrier delivered it (null: never confirmed). */
    public record Parcel(Instant shippedAt, Instant deliveredAt) {}

    /** One SKU of the order: shipped, already returned (on tickets), and its category (null: unknown). */
    public record Goods(String sku, String category, int shipped, int returned) {
        /** How many can still be returned. */
        public int returnable() {
            return Math.max(0, shipped - returned);
        }
    }
}

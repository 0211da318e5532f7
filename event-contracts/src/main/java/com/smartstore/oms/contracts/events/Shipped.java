package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An order left the warehouse with a carrier and a tracking number (R-S1). */
public record Shipped(
        UUID orderId,
        UUID shipmentId,
        String carrier,
        String trackingNumber,
        LocalDate estimatedDelivery,
        String shippedBy,
        Instant shippedAt)
        implements OmsEvent {

    public Shipped {
        requireNonNull(orderId, "orderId");
        requireNonNull(shipmentId, "shipmentId");
        requireNonNull(carrier, "carrier");
        requireNonNull(trackingNumber, "trackingNumber");
        requireNonNull(shippedBy, "shippedBy");
        requireNonNull(shippedAt, "shippedAt");
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return shippedAt;
    }
}

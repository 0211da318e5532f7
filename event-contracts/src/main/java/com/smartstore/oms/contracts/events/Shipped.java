package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A shipment of an order left the warehouse with a carrier and a tracking number (R-S1), with what a customer
 * notification needs (R-S3): the order number, the items and quantities in it, the carrier's tracking page and the
 * estimated delivery. An order may leave in several shipments: {@code shipmentNumber} counts them (1 for the first).
 * The fields after {@code shippedAt} were added later and are absent from events published before.
 *
 * @param fullyShipped whether, with this shipment, every unit the order (its newest revision, as amended) asks for has
 *     left in a dispatched shipment; lines removed by an amendment do not count. Null when shipping does not know the
 *     order's quantities (an order it stored before it kept them).
 * @param shipmentsTotal how many shipments the order left in, once it is fully shipped (then equal to
 *     {@code shipmentNumber}); null while more may follow
 * @param serviceLevel the carrier's service it left with (e.g. STANDARD, EXPRESS; the ETA follows from its transit
 *     business days unless staff gave one); null where the carrier has none configured
 */
public record Shipped(
        UUID orderId,
        UUID shipmentId,
        String carrier,
        String trackingNumber,
        LocalDate estimatedDelivery,
        String shippedBy,
        Instant shippedAt,
        String orderNumber,
        List<LineQuantity> items,
        String trackingUrl,
        Integer shipmentNumber,
        Boolean fullyShipped,
        Integer shipmentsTotal,
        String serviceLevel)
        implements OmsEvent {

    public Shipped {
        requireNonNull(orderId, "orderId");
        requireNonNull(shipmentId, "shipmentId");
        requireNonNull(carrier, "carrier");
        requireNonNull(trackingNumber, "trackingNumber");
        requireNonNull(shippedBy, "shippedBy");
        requireNonNull(shippedAt, "shippedAt");
        items = items == null ? null : List.copyOf(items);
    }

    /** Without whether the order is fully shipped and the service level (as published before those were added). */
    public Shipped(
            UUID orderId,
            UUID shipmentId,
            String carrier,
            String trackingNumber,
            LocalDate estimatedDelivery,
            String shippedBy,
            Instant shippedAt,
            String orderNumber,
            List<LineQuantity> items,
            String trackingUrl,
            Integer shipmentNumber) {
        this(
                orderId,
                shipmentId,
                carrier,
                trackingNumber,
                estimatedDelivery,
                shippedBy,
                shippedAt,
                orderNumber,
                items,
                trackingUrl,
                shipmentNumber,
                null,
                null,
                null);
    }

    /** Without the fields added later (as published before them). */
    public Shipped(
            UUID orderId,
            UUID shipmentId,
            String carrier,
            String trackingNumber,
            LocalDate estimatedDelivery,
            String shippedBy,
            Instant shippedAt) {
        this(
                orderId,
                shipmentId,
                carrier,
                trackingNumber,
                estimatedDelivery,
                shippedBy,
                shippedAt,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
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

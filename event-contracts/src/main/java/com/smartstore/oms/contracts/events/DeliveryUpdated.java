package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * News about a shipped parcel (R-S4, R-S5): every tracking update a carrier sent (signed webhook) or staff entered,
 * once each. {@code status} and {@code estimatedDelivery} are the shipment's state after the update, which an update
 * arriving late (older than the newest one) does not change; {@code deliveredAt} is set from the first DELIVERED on.
 */
public record DeliveryUpdated(
        UUID orderId,
        String orderNumber,
        UUID shipmentId,
        String carrier,
        String trackingNumber,
        DeliveryStatus update,
        Instant happenedAt,
        String location,
        String description,
        DeliveryStatus status,
        LocalDate estimatedDelivery,
        Instant deliveredAt,
        Source source,
        String carrierEventId,
        String recordedBy)
        implements OmsEvent {

    /** Who reported the update. */
    public enum Source {
        /** The carrier's signed webhook. */
        CARRIER,
        /** A member of staff, e.g. after a call with the carrier. */
        STAFF
    }

    public DeliveryUpdated {
        requireNonNull(orderId, "orderId");
        requireNonNull(orderNumber, "orderNumber");
        requireNonNull(shipmentId, "shipmentId");
        requireNonNull(carrier, "carrier");
        requireNonNull(trackingNumber, "trackingNumber");
        requireNonNull(update, "update");
        requireNonNull(happenedAt, "happenedAt");
        requireNonNull(status, "status");
        requireNonNull(source, "source");
        requireNonNull(recordedBy, "recordedBy");
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return happenedAt;
    }
}

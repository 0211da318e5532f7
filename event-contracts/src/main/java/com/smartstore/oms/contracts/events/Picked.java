package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every line of an order was picked (and packed) in a warehouse; shipping can dispatch it (R-W3).
 *
 * @param replacesShipmentId set when the pick list sends again the goods of a lost or damaged shipment (a resend
 *     chosen by the exception desk, {@code replacement-requested}): the shipment it replaces
 */
public record Picked(
        UUID orderId,
        UUID pickListId,
        String warehouse,
        List<LineQuantity> lines,
        List<Parcel> parcels,
        String pickedBy,
        Instant pickedAt,
        UUID replacesShipmentId)
        implements OmsEvent {

    /** A pick list of the order's own allocation (no replacement). */
    public Picked(
            UUID orderId,
            UUID pickListId,
            String warehouse,
            List<LineQuantity> lines,
            List<Parcel> parcels,
            String pickedBy,
            Instant pickedAt) {
        this(orderId, pickListId, warehouse, lines, parcels, pickedBy, pickedAt, null);
    }

    public Picked {
        requireNonNull(orderId, "orderId");
        requireNonNull(pickListId, "pickListId");
        requireNonNull(warehouse, "warehouse");
        lines = List.copyOf(requireNonNull(lines, "lines"));
        parcels = parcels == null ? List.of() : List.copyOf(parcels);
        requireNonNull(pickedBy, "pickedBy");
        requireNonNull(pickedAt, "pickedAt");
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return pickedAt;
    }

    /** A packed parcel; weight is optional. */
    public record Parcel(int number, BigDecimal weightKg) {}
}

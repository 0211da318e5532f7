package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.warehouse.domain.MovementType;
import com.smartstore.oms.warehouse.domain.StockMovement;
import java.time.Instant;
import java.util.UUID;

/** One row of the stock ledger as the API shows it: what changed, by how much, why, who and when. */
public record StockMovementView(
        Long id,
        String warehouse,
        String sku,
        MovementType type,
        int quantity,
        int onHandAfter,
        int reservedAfter,
        UUID orderId,
        UUID pickListId,
        String reason,
        String by,
        Instant at) {

    public static StockMovementView of(StockMovement m) {
        return new StockMovementView(
                m.id,
                m.warehouse,
                m.sku,
                m.type,
                m.quantity,
                m.onHandAfter,
                m.reservedAfter,
                m.orderId,
                m.pickListId,
                m.reason,
                m.actor,
                m.occurredAt);
    }
}

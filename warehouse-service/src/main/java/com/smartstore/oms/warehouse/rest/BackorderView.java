package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.warehouse.domain.Backorder;
import com.smartstore.oms.warehouse.domain.BackorderStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A backordered order as the API shows it: what it waits for. */
public record BackorderView(
        UUID id,
        UUID orderId,
        String orderNumber,
        int revision,
        BackorderStatus status,
        List<LineView> lines,
        LocalDate requestedShipDate,
        Instant approvedAt,
        Instant createdAt) {

    public static BackorderView of(Backorder b) {
        return new BackorderView(
                b.id,
                b.orderId,
                b.orderNumber,
                b.revision,
                b.status,
                b.lines.stream().map(l -> new LineView(l.sku, l.quantity)).toList(),
                b.requestedShipDate,
                b.approvedAt,
                b.createdAt);
    }
}

package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.contracts.events.ShortageReason;
import com.smartstore.oms.warehouse.domain.Backorder;
import com.smartstore.oms.warehouse.domain.BackorderStatus;
import com.smartstore.oms.warehouse.domain.PurchaseRequest;
import com.smartstore.oms.warehouse.domain.PurchaseRequestStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A waiting order as the API shows it: what it waits for, why (BACKORDER at approval, SHORT_PICK), and per SKU when
 * the earliest purchase request for it is expected, so customer service can tell the customer. Units of a replacement
 * (a resend, issue 11) name the lost shipment they replace.
 */
public record BackorderView(
        UUID id,
        UUID orderId,
        String orderNumber,
        int revision,
        BackorderStatus status,
        ShortageReason reason,
        String warehouse,
        List<WaitingLineView> lines,
        LocalDate expectedArrival,
        LocalDate requestedShipDate,
        Instant approvedAt,
        Instant createdAt,
        UUID replacesShipmentId) {

    /** A SKU waited for, and the purchase request expected first for it, if any. */
    public record WaitingLineView(
            String sku,
            int quantity,
            LocalDate expectedArrival,
            UUID purchaseRequestId,
            PurchaseRequestStatus purchaseRequestStatus) {}

    /** With the purchase requests not received yet for its SKUs. */
    public static BackorderView of(Backorder b, List<PurchaseRequest> open) {
        List<WaitingLineView> lines = b.lines.stream()
                .map(l -> {
                    Optional<PurchaseRequest> first = open.stream()
                            .filter(r -> r.sku.equals(l.sku))
                            .min(Comparator.comparing((PurchaseRequest r) -> r.expectedArrival));
                    return new WaitingLineView(
                            l.sku,
                            l.quantity,
                            first.map(r -> r.expectedArrival).orElse(null),
                            first.map(r -> r.id).orElse(null),
                            first.map(r -> r.status).orElse(null));
                })
                .toList();
        // The order is complete when its last SKU arrives; unknown if any SKU has no date.
        LocalDate expected = lines.stream().anyMatch(l -> l.expectedArrival() == null)
                ? null
                : lines.stream()
                        .map(WaitingLineView::expectedArrival)
                        .max(Comparator.naturalOrder())
                        .orElse(null);
        return new BackorderView(
                b.id,
                b.orderId,
                b.orderNumber,
                b.revision,
                b.status,
                b.reason,
                b.warehouse,
                lines,
                expected,
                b.requestedShipDate,
                b.approvedAt,
                b.createdAt,
                b.replacesShipmentId);
    }
}

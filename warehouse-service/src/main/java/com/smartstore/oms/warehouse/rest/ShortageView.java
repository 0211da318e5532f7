package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.warehouse.domain.PurchaseRequest;
import com.smartstore.oms.warehouse.domain.PurchaseRequestStatus;
import com.smartstore.oms.warehouse.domain.Shortages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A SKU short for waiting orders, the orders waiting, and the restock already requested for it. */
public record ShortageView(
        String sku,
        int needed,
        int available,
        int shortage,
        List<WaitingOrderView> orders,
        List<IncomingView> purchaseRequests) {

    /** An order waiting for units of the SKU. */
    public record WaitingOrderView(UUID orderId, String orderNumber, int quantity, Instant approvedAt) {}

    /** A purchase request for the SKU not received yet. */
    public record IncomingView(
            UUID id,
            int quantity,
            String supplier,
            LocalDate expectedArrival,
            PurchaseRequestStatus status,
            boolean overdue) {}

    public static ShortageView of(Shortages.Shortage s, List<PurchaseRequest> open, LocalDate today) {
        return new ShortageView(
                s.sku(),
                s.needed(),
                s.available(),
                s.shortage(),
                s.orders().stream()
                        .map(o -> new WaitingOrderView(o.orderId(), o.orderNumber(), o.quantity(), o.approvedAt()))
                        .toList(),
                open.stream()
                        .filter(r -> r.sku.equals(s.sku()))
                        .map(r -> new IncomingView(
                                r.id, r.quantity, r.supplier, r.expectedArrival, r.status, r.overdue(today)))
                        .toList());
    }
}

package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.warehouse.domain.PurchaseRequest;
import com.smartstore.oms.warehouse.domain.PurchaseRequestStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A purchase request as the API shows it; overdue = expected before today and not received. */
public record PurchaseRequestView(
        UUID id,
        String sku,
        String specification,
        int quantity,
        String supplier,
        LocalDate expectedArrival,
        PurchaseRequestStatus status,
        String notes,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        boolean overdue) {

    public static PurchaseRequestView of(PurchaseRequest r, LocalDate today) {
        return new PurchaseRequestView(
                r.id,
                r.sku,
                r.specification,
                r.quantity,
                r.supplier,
                r.expectedArrival,
                r.status,
                r.notes,
                r.createdBy,
                r.createdAt,
                r.updatedAt,
                r.overdue(today));
    }
}

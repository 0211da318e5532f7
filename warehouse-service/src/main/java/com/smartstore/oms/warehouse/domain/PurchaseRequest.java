package com.smartstore.oms.warehouse.domain;

import com.smartstore.oms.kit.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Purchasing's request to restock a SKU from a supplier, tracked until the goods arrive (R-W5). */
@Entity
@Table(name = "purchase_request")
public class PurchaseRequest {
    @Id
    public UUID id;

    public String sku;
    public String specification;
    public int quantity;
    public String supplier;

    @Column(name = "expected_arrival")
    public LocalDate expectedArrival;

    @Enumerated(EnumType.STRING)
    public PurchaseRequestStatus status;

    public String notes;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static PurchaseRequest requested(
            String sku,
            String specification,
            int quantity,
            String supplier,
            LocalDate expectedArrival,
            String notes,
            String by,
            Instant now) {
        PurchaseRequest request = new PurchaseRequest();
        request.id = UUID.randomUUID();
        request.sku = sku;
        request.specification = specification;
        request.quantity = quantity;
        request.supplier = supplier;
        request.expectedArrival = expectedArrival;
        request.status = PurchaseRequestStatus.REQUESTED;
        request.notes = notes;
        request.createdBy = by;
        request.createdAt = now;
        request.updatedAt = now;
        return request;
    }

    /** Moves the request on; the same status is a no-op, a step back is refused. */
    public void advanceTo(PurchaseRequestStatus next, Instant now) {
        if (next.compareTo(status) < 0) {
            throw Refusal.conflict(
                    "status-backward",
                    "Purchase request %s is %s; it only moves forward (REQUESTED, ORDERED, CONFIRMED, IN_TRANSIT,"
                                    .formatted(id, status)
                            + " RECEIVED), not back to " + next);
        }
        status = next;
        updatedAt = now;
    }

    /** The goods arrived (a goods receipt named this request). */
    public void received(Instant now) {
        advanceTo(PurchaseRequestStatus.RECEIVED, now);
    }

    /** Expected before today and still not received. */
    public boolean overdue(LocalDate today) {
        return status != PurchaseRequestStatus.RECEIVED && expectedArrival.isBefore(today);
    }
}

package com.smartstore.oms.warehouse.repository;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import com.smartstore.oms.warehouse.domain.PurchaseRequest;
import com.smartstore.oms.warehouse.domain.PurchaseRequestStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Purchase requests. */
@ApplicationScoped
public class PurchaseRequestRepository implements PanacheRepositoryBase<PurchaseRequest, UUID> {

    /** Earliest expected arrival first; every filter may be null; overdue = expected before today, not received. */
    public Uni<Page<PurchaseRequest>> search(
            String sku, PurchaseRequestStatus status, boolean overdueOnly, LocalDate today, int page, int size) {
        return new Where()
                .equal("sku", sku)
                .equal("status", status)
                .when(
                        overdueOnly,
                        "status <> :received and expectedArrival < :today",
                        "received",
                        PurchaseRequestStatus.RECEIVED,
                        "today",
                        today)
                .pageWithTotal(this, Sort.by("expectedArrival").and("createdAt").and("id"), page, size);
    }

    /** Requests of these SKUs not received yet, earliest expected arrival first. */
    public Uni<List<PurchaseRequest>> openFor(List<String> skus) {
        if (skus.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list(
                "sku in ?1 and status <> ?2",
                Sort.by("expectedArrival").and("createdAt"),
                skus,
                PurchaseRequestStatus.RECEIVED);
    }

    /** The request locked until the transaction ends, or null. */
    public Uni<PurchaseRequest> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}

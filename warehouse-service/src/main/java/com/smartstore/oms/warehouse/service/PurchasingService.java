package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.warehouse.domain.PurchaseRequest;
import com.smartstore.oms.warehouse.domain.PurchaseRequestStatus;
import com.smartstore.oms.warehouse.repository.PurchaseRequestRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Purchasing records restock requests and tracks them forward until the goods arrive (R-W5). */
@ApplicationScoped
public class PurchasingService {
    private final PurchaseRequestRepository requests;

    public PurchasingService(PurchaseRequestRepository requests) {
        this.requests = requests;
    }

    /** What a purchase request is created with. */
    public record NewRequest(
            String sku, String specification, int quantity, String supplier, LocalDate expectedArrival, String notes) {}

    /** A partial update: null fields stay as they are. */
    public record Changes(
            String specification,
            Integer quantity,
            String supplier,
            LocalDate expectedArrival,
            PurchaseRequestStatus status,
            String notes) {}

    @WithTransaction
    public Uni<PurchaseRequest> create(NewRequest request, String user) {
        PurchaseRequest created = PurchaseRequest.requested(
                request.sku(),
                request.specification(),
                request.quantity(),
                request.supplier(),
                request.expectedArrival(),
                request.notes(),
                user,
                Instant.now());
        return requests.persist(created);
    }

    /** Updates the given fields; 404 if unknown, 409 if the status would move backwards. */
    @WithTransaction
    public Uni<PurchaseRequest> update(UUID id, Changes changes) {
        return requests.lock(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Purchase request", id))
                .map(request -> {
                    Instant now = Instant.now();
                    if (changes.status() != null) {
                        request.advanceTo(changes.status(), now);
                    }
                    if (changes.specification() != null) {
                        request.specification = changes.specification();
                    }
                    if (changes.quantity() != null) {
                        request.quantity = changes.quantity();
                    }
                    if (changes.supplier() != null) {
                        request.supplier = changes.supplier();
                    }
                    if (changes.expectedArrival() != null) {
                        request.expectedArrival = changes.expectedArrival();
                    }
                    if (changes.notes() != null) {
                        request.notes = changes.notes();
                    }
                    request.updatedAt = now;
                    return request;
                });
    }
}

package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.events.ShortageReason;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.warehouse.domain.PurchaseRequest;
import com.smartstore.oms.warehouse.domain.PurchaseRequestStatus;
import com.smartstore.oms.warehouse.repository.PurchaseRequestRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Purchasing records restock requests and tracks them forward until the goods arrive (R-W5). */
@ApplicationScoped
public class PurchasingService {
    private final PurchaseRequestRepository requests;
    private final ShortageReporter shortages;
    private final Clock clock;

    public PurchasingService(PurchaseRequestRepository requests, ShortageReporter shortages, Clock clock) {
        this.requests = requests;
        this.shortages = shortages;
        this.clock = clock;
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
                clock.instant());
        return requests.persist(created).call(r -> republish(r, clock.instant()));
    }

    /**
     * Updates the given fields; 404 if unknown, 409 if the status would move backwards or the request was received
     * already. A new expected arrival is published with the SKU's shortage, so waiting orders show it.
     */
    @WithTransaction
    public Uni<PurchaseRequest> update(UUID id, Changes changes) {
        return requests.lock(id)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Purchase request", id))
                .map(request -> {
                    Instant now = clock.instant();
                    if (request.status == PurchaseRequestStatus.RECEIVED) {
                        throw Refusal.conflict(
                                "purchase-request-received",
                                "Purchase request " + id + " was RECEIVED; it can no longer change");
                    }
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
                })
                .call(request -> changes.expectedArrival() == null
                        ? Uni.createFrom().voidItem()
                        : republish(request, request.updatedAt));
    }

    /** Publishes the SKU's shortage again with its (new) expected arrival, if orders wait for it (R-W5). */
    private Uni<Void> republish(PurchaseRequest request, Instant now) {
        return shortages.report(List.of(request.sku), ShortageReason.BACKORDER, null, now);
    }
}

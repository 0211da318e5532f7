package com.smartstore.oms.intake.service;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.command.EntryRequestBody;
import com.smartstore.oms.intake.config.SlaConfig;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.EntryRequest;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.repository.EntryRequestRepository;
import com.smartstore.oms.kit.domain.Refusal;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Orders passed on for entry (R-I2, R-I3) and their deadline (R-I7): filed with a deadline, entered as an order
 * (closing the request and recording lateness); {@link EntryDeadline} reports the overdue ones.
 */
@ApplicationScoped
public class EntryRequests {
    private final EntryRequestRepository requests;
    private final OrderService orders;
    private final SlaConfig sla;
    private final Clock clock;

    public EntryRequests(EntryRequestRepository requests, OrderService orders, SlaConfig sla, Clock clock) {
        this.requests = requests;
        this.orders = orders;
        this.sla = sla;
        this.clock = clock;
    }

    /** The request and the order entered from it. */
    public record Entered(EntryRequest request, Order order) {}

    @WithTransaction
    public Uni<EntryRequest> file(EntryRequestBody body, Actor by) {
        Instant now = now();
        EntryRequest request = new EntryRequest();
        request.id = UUID.randomUUID();
        request.customerName = body.customerName().trim();
        request.contact = body.contact().trim();
        request.requested = body.requested().trim();
        request.notes = body.notes();
        request.filedBy = by.name();
        request.filedAt = now;
        request.deadline = now.plus(Duration.ofMinutes(sla.entryMinutes()));
        return requests.persist(request);
    }

    /**
     * Enters the order of an open request (channel STAFF) and closes the request, in one transaction; the row
     * lock makes a second clerk entering the same request get 409 instead of a second order.
     */
    @WithTransaction
    public Uni<Entered> enter(UUID id, CreateOrderRequest order, Actor by) {
        return requests.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Entry request", id))
                .chain(request -> {
                    if (!request.isOpen()) {
                        throw Refusal.conflict(
                                "already-entered",
                                "Entry request " + id + " was entered already as order " + request.orderId + " by "
                                        + request.enteredBy);
                    }
                    var staffOrder = new CreateOrderRequest(
                            order.customer(),
                            order.shippingAddress(),
                            order.lines(),
                            order.remarks(),
                            order.payment(),
                            SalesChannel.STAFF,
                            order.shippingLines(),
                            order.taxAmount());
                    return orders.storeEntered(staffOrder, by).map(created -> {
                        request.enter(created.id, by.name(), created.receivedAt);
                        return new Entered(request, created);
                    });
                });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

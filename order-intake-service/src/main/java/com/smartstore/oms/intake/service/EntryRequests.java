package com.smartstore.oms.intake.service;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.intake.config.IntakeConfig;
import com.smartstore.oms.intake.config.SlaConfig;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.EntryRequest;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.repository.EntryRequestRepository;
import com.smartstore.oms.intake.rest.CreateOrderRequest;
import com.smartstore.oms.intake.rest.EntryRequestBody;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.rest.ApiException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
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
 * (closing the request and recording lateness), and reported once as {@code sla-breached} when overdue.
 */
@ApplicationScoped
public class EntryRequests {
    private final EntryRequestRepository requests;
    private final OrderService orders;
    private final Outbox outbox;
    private final SlaConfig sla;

    public EntryRequests(EntryRequestRepository requests, OrderService orders, Outbox outbox, SlaConfig sla) {
        this.requests = requests;
        this.orders = orders;
        this.outbox = outbox;
        this.sla = sla;
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
                .failWith(() -> ApiException.notFound("Entry request", id))
                .chain(request -> {
                    if (!request.isOpen()) {
                        throw ApiException.conflict(
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
                    return orders.store(staffOrder, by, null).map(created -> {
                        request.enter(created.id, by.name(), created.receivedAt);
                        return new Entered(request, created);
                    });
                });
    }

    /** Reports every overdue unentered request once (R-I7); safe with several instances running. */
    @WithTransaction
    public Uni<Integer> reportOverdue() {
        Instant now = now();
        return requests.overdueUnreported(now, 100)
                .onItem()
                .transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem()
                .transformToUniAndConcatenate(id -> requests.markBreached(id, now)
                        .chain(marked -> marked == 1
                                ? requests.findById(id)
                                        .chain(r -> outbox.add(new SlaBreached(
                                                SlaKind.ENTRY,
                                                r.id.toString(),
                                                null,
                                                null,
                                                IntakeConfig.SERVICE_NAME,
                                                null,
                                                r.deadline,
                                                now)))
                                        .replaceWith(1)
                                : Uni.createFrom().item(0)))
                .collect()
                .with(java.util.stream.Collectors.summingInt(Integer::intValue));
    }

    private static Instant now() {
        return Clock.systemUTC().instant().truncatedTo(ChronoUnit.MICROS);
    }
}

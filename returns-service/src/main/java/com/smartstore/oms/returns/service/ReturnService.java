package com.smartstore.oms.returns.service;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.returns.domain.ReturnTicket;
import com.smartstore.oms.returns.repository.ReturnRepository;
import com.smartstore.oms.returns.repository.ShippedOrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Opens return tickets for shipped orders and emits {@code return-requested} in the same transaction. */
@ApplicationScoped
public class ReturnService {
    private final ReturnRepository returns;
    private final ShippedOrderRepository shipments;
    private final Outbox outbox;
    private final Clock clock;

    public ReturnService(ReturnRepository returns, ShippedOrderRepository shipments, Outbox outbox, Clock clock) {
        this.returns = returns;
        this.shipments = shipments;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Opens a ticket for a shipped order; the policy's refusal (409 {@code order-not-shipped}) changes nothing. */
    @WithTransaction
    public Uni<ReturnTicket> request(UUID orderId, String reason, List<LineQuantity> lines, String user) {
        return shipments.forOrder(orderId).chain(shipped -> {
            ReturnTicket ticket = ReturnTicket.open(orderId, reason, lines, shipped, user, clock.instant());
            return returns.persist(ticket).call(saved -> outbox.add(saved.toRequestedEvent()));
        });
    }
}

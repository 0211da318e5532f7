package com.smartstore.oms.returns.service;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.returns.domain.ReturnRefusedException;
import com.smartstore.oms.returns.domain.ReturnTicket;
import com.smartstore.oms.returns.repository.ReturnRepository;
import com.smartstore.oms.returns.repository.ShippedOrderRepository;
import com.smartstore.oms.returns.rest.CreateReturnRequest;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Opens return tickets for shipped orders and emits {@code return-requested} in the same transaction. */
@ApplicationScoped
public class ReturnService {
    private final ReturnRepository returns;
    private final ShippedOrderRepository shipments;
    private final Outbox outbox;

    public ReturnService(ReturnRepository returns, ShippedOrderRepository shipments, Outbox outbox) {
        this.returns = returns;
        this.shipments = shipments;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<ReturnTicket> request(CreateReturnRequest request, String user) {
        List<LineQuantity> lines = request.lines() == null
                ? List.of()
                : request.lines().stream()
                        .map(l -> new LineQuantity(l.sku(), l.quantity()))
                        .toList();
        return shipments.forOrder(request.orderId()).chain(shipped -> {
            ReturnTicket ticket;
            try {
                ticket = ReturnTicket.open(request.orderId(), request.reason(), lines, shipped, user, Instant.now());
            } catch (ReturnRefusedException e) {
                throw ApiException.conflict(e.code(), e.getMessage());
            }
            return returns.persist(ticket).call(saved -> outbox.add(saved.toRequestedEvent()));
        });
    }
}

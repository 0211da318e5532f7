package com.smartstore.oms.intake.service;

import com.smartstore.oms.intake.domain.OrderStatus;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.kit.inbox.PermanentEventFailure;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Keeps an order's status and history current from what the downstream services report. */
@ApplicationScoped
public class OrderProgress {
    private final OrderRepository orders;

    public OrderProgress(OrderRepository orders) {
        this.orders = orders;
    }

    /** Runs inside the inbox's transaction. An unknown order can never be applied: dead-lettered. */
    public Uni<Void> record(
            UUID orderId, OrderStatus status, Integer revision, Instant at, String actor, String detail) {
        return orders.findById(orderId)
                .onItem()
                .ifNull()
                .failWith(() -> new PermanentEventFailure("order " + orderId + " is unknown to intake"))
                .chain(order -> order.advance(status, revision, at, actor, detail)
                        .map(change -> orders.getSession().chain(s -> s.persist(change)))
                        .orElse(Uni.createFrom().voidItem()));
    }
}

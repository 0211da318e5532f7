package com.smartstore.oms.intake.service;

import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.OrderAudit;
import com.smartstore.oms.intake.domain.OrderStatus;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.kit.inbox.PermanentEventFailure;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/** Keeps an order's status, history and audit current from what the downstream services report. */
@ApplicationScoped
public class OrderProgress {
    private final OrderRepository orders;
    private final OrderAuditor audit;

    public OrderProgress(OrderRepository orders, OrderAuditor audit) {
        this.orders = orders;
        this.audit = audit;
    }

    /** Runs inside the inbox's transaction. An unknown order can never be applied: dead-lettered. */
    public Uni<Void> record(
            UUID orderId, OrderStatus status, Integer revision, Instant at, String actor, String detail) {
        return record(orderId, status, revision, at, actor, detail, order -> {});
    }

    /**
     * As {@link #record(UUID, OrderStatus, Integer, Instant, String, String)}, also applying {@code apply} to the
     * order when the event concerns its current revision (e.g. keeping a rejection's reason for the clerk).
     */
    public Uni<Void> record(
            UUID orderId,
            OrderStatus status,
            Integer revision,
            Instant at,
            String actor,
            String detail,
            Consumer<com.smartstore.oms.intake.domain.Order> apply) {
        return orders.findWithLines(orderId)
                .onItem()
                .ifNull()
                .failWith(() -> new PermanentEventFailure("order " + orderId + " is unknown to intake"))
                .chain(order -> {
                    var before = audit.snapshot(order);
                    return order.advance(status, revision, at, actor, detail)
                            .map(change -> {
                                apply.accept(order);
                                return orders.getSession()
                                        .chain(s -> s.persist(change))
                                        .chain(() -> audit.record(
                                                order,
                                                before,
                                                OrderAudit.Action.STATUS,
                                                Actor.system(actor, "event:" + status)));
                            })
                            .orElse(Uni.createFrom().voidItem());
                });
    }
}

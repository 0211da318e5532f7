package com.smartstore.oms.intake.service;

import com.smartstore.oms.contracts.events.OrderCancelRefused;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderAudit;
import com.smartstore.oms.intake.domain.OrderStatus;
import com.smartstore.oms.intake.domain.OrderStatusChange;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.kit.inbox.PermanentEventFailure;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Keeps an order's status, history and audit current from what the downstream services report: review's decisions
 * (newest by sequence), fulfilment steps (only forward), and shipping's answers to cancellation requests. Every method
 * runs inside the inbox's transaction; an order intake does not know can never be applied: dead-lettered.
 */
@ApplicationScoped
public class OrderProgress {
    private final OrderRepository orders;
    private final OrderAuditor audit;

    public OrderProgress(OrderRepository orders, OrderAuditor audit) {
        this.orders = orders;
        this.audit = audit;
    }

    /** A fulfilment step (PICKED, SHIPPED): the status only moves forward. */
    public Uni<Void> record(
            UUID orderId, OrderStatus status, Integer revision, Instant at, String actor, String detail) {
        return apply(
                orderId,
                Actor.system(actor, "event:" + status),
                OrderAudit.Action.STATUS,
                order -> order.advance(status, revision, at, actor, detail));
    }

    /**
     * One of review's decisions; {@code then} runs on the order after it (e.g. keeping a rejection's reason for the
     * clerk when the rejection is what the order now shows).
     */
    public Uni<Void> decide(
            UUID orderId,
            OrderStatus decision,
            Integer revision,
            Long sequence,
            Instant at,
            String actor,
            String detail,
            Consumer<Order> then) {
        return apply(orderId, Actor.system(actor, "event:" + decision), OrderAudit.Action.STATUS, order -> {
            var change = order.decide(decision, revision, sequence, at, actor, detail);
            change.ifPresent(c -> then.accept(order));
            return change;
        });
    }

    /** Shipping confirmed a cancellation: the order is CANCELLED (final). */
    public Uni<Void> cancelled(OrderCancelled confirmed, Instant at) {
        return apply(
                confirmed.orderId(),
                Actor.system("shipping", "event:order-cancelled"),
                OrderAudit.Action.CANCELLED,
                order -> order.confirmCancellation(confirmed, at));
    }

    /** Shipping refused a cancellation request: recorded, the status unchanged. */
    public Uni<Void> cancelRefused(OrderCancelRefused refused, Instant at) {
        return apply(
                refused.orderId(),
                Actor.system("shipping", "event:order-cancel-refused"),
                OrderAudit.Action.CANCEL_REFUSED,
                order -> order.refuseCancellation(refused, at));
    }

    private Uni<Void> apply(
            UUID orderId, Actor actor, OrderAudit.Action action, Function<Order, Optional<OrderStatusChange>> step) {
        return orders.findWithLines(orderId)
                .onItem()
                .ifNull()
                .failWith(() -> new PermanentEventFailure("order " + orderId + " is unknown to intake"))
                .chain(order -> {
                    var before = audit.snapshot(order);
                    return step.apply(order)
                            .map(change -> orders.getSession()
                                    .chain(s -> s.persist(change))
                                    .chain(() -> audit.record(order, before, action, actor)))
                            .orElse(Uni.createFrom().voidItem());
                });
    }
}

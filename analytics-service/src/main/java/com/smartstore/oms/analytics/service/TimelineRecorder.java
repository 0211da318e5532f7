package com.smartstore.oms.analytics.service;

import com.smartstore.oms.analytics.domain.Step;
import com.smartstore.oms.analytics.repository.OrderTimelineRepository;
import com.smartstore.oms.contracts.events.OrderReceived;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Records order steps into the timeline; runs inside the inbox's transaction, so it opens none itself. */
@ApplicationScoped
public class TimelineRecorder {
    private final OrderTimelineRepository timelines;

    public TimelineRecorder(OrderTimelineRepository timelines) {
        this.timelines = timelines;
    }

    /** A step of an order happened at {@code at} (the event's CloudEvents time, not now). */
    public Uni<Void> record(UUID orderId, Step step, Instant at) {
        return timelines.recordStep(orderId, step, at);
    }

    /**
     * An order was received: its time, and what reports need about it. Only the customer's pseudonym is
     * kept; name, phone, e-mail, address and line details are never stored here.
     */
    public Uni<Void> received(OrderReceived order, Instant at) {
        return timelines
                .recordStep(order.orderId(), Step.RECEIVED, at)
                .chain(() -> timelines.describe(
                        order.orderId(),
                        order.revision(),
                        order.orderNumber(),
                        order.channel().name(),
                        order.customer().pseudonym(),
                        order.totalAmount(),
                        order.currency(),
                        order.lines().size()));
    }
}

package com.smartstore.oms.analytics.service;

import com.smartstore.oms.analytics.domain.Fact;
import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.domain.OrderFacts;
import com.smartstore.oms.analytics.domain.Step;
import com.smartstore.oms.analytics.repository.CorrectionRepository;
import com.smartstore.oms.analytics.repository.FigureRepository;
import com.smartstore.oms.analytics.repository.OrderTimelineRepository;
import com.smartstore.oms.analytics.repository.SkuUnits;
import com.smartstore.oms.contracts.events.OrderReceived;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Records order steps into the timeline and brings the order's daily figures up to date; runs inside the inbox's
 * transaction, so it opens none itself. Every change of an order replaces the facts it adds to the daily figures
 * ({@link OrderFacts}), so the figures depend on what is known of the order, never on the order events came in.
 */
@ApplicationScoped
public class TimelineRecorder {
    private final OrderTimelineRepository timelines;
    private final FigureRepository figures;
    private final CorrectionRepository corrections;

    public TimelineRecorder(
            OrderTimelineRepository timelines, FigureRepository figures, CorrectionRepository corrections) {
        this.timelines = timelines;
        this.figures = figures;
        this.corrections = corrections;
    }

    /** A step of an order happened at {@code at} (the event's CloudEvents time, not now), done by... */
    public Uni<Void> record(UUID orderId, Step step, Instant at, String... attributes) {
        return timelines.recordStep(orderId, step, at, attributes).chain(() -> refresh(orderId));
    }

    /** A parcel of the order left: the first shipment is a step, the last one ends time-to-ship. */
    public Uni<Void> shipped(UUID orderId, Instant at, String shippedBy) {
        return timelines
                .recordStep(orderId, Step.SHIPPED, at, shippedBy)
                .chain(() -> timelines.recordLatest(orderId, "last_shipped_at", at))
                .chain(() -> refresh(orderId));
    }

    /** A parcel of the order was delivered: the last delivery ends shipped-to-delivered. */
    public Uni<Void> delivered(UUID orderId, Instant at) {
        return timelines.recordLatest(orderId, "delivered_at", at).chain(() -> refresh(orderId));
    }

    /**
     * An order was received: its time, and what reports need about it. Only the customer's pseudonym is
     * kept; name, phone, e-mail, address and line details but SKU and units are never stored here.
     */
    public Uni<Void> received(OrderReceived order, Instant at) {
        Map<String, Integer> units = new TreeMap<>();
        order.lines().forEach(l -> units.merge(l.sku(), l.quantity(), Integer::sum));
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
                        order.lines().size(),
                        SkuUnits.format(units)))
                .chain(() -> timelines.enteredBy(
                        order.orderId(),
                        order.enteredBy() == null ? null : order.enteredBy().user()))
                .chain(() -> refresh(order.orderId()));
    }

    /** Replaces the order's facts in the daily figures with those of what is known of it now. */
    public Uni<Void> refresh(UUID orderId) {
        return timelines
                .state(orderId)
                .chain(state -> corrections
                        .latestSeconds(orderId)
                        .chain(corrected -> figures.replaceFacts(subject(orderId), OrderFacts.of(state, corrected))));
    }

    /** A subject with facts computed from one event alone (a shortage, a payment...): duplicates change nothing. */
    public Uni<Void> facts(String subject, List<Fact> facts) {
        return figures.replaceFacts(subject, facts);
    }

    static String subject(UUID orderId) {
        return "order:" + orderId;
    }

    /** A fact counted overall and for one dimension. */
    public static List<Fact> counted(String metric, String dimKind, String dim, Instant at, long value) {
        return List.of(
                new Fact(metric, Metrics.ALL, Metrics.ALL, OrderFacts.day(at), value),
                new Fact(metric, dimKind, dim == null ? Metrics.UNKNOWN : dim, OrderFacts.day(at), value));
    }
}

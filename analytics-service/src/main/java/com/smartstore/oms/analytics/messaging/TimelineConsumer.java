package com.smartstore.oms.analytics.messaging;

import static com.smartstore.oms.analytics.service.TimelineRecorder.counted;

import com.smartstore.oms.analytics.domain.Fact;
import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.domain.OrderFacts;
import com.smartstore.oms.analytics.domain.ReturnFacts;
import com.smartstore.oms.analytics.domain.Step;
import com.smartstore.oms.analytics.repository.SubjectRepository;
import com.smartstore.oms.analytics.service.TimelineRecorder;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.DeliveryStatus;
import com.smartstore.oms.contracts.events.ExceptionStage;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.kit.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes every topic analytics reports on, through the idempotent inbox. Every time is the event's own (its
 * CloudEvents time), never when analytics consumed it, so a replay from offset zero into an empty database gives the
 * same figures; events for orders not seen yet are welcome (topics are not ordered among each other).
 *
 * <p>Not consumed: {@code customer-redacted}: analytics keeps no personal data to erase (of the returns events it
 * keeps SKUs, units, reason and outcome codes, dispositions, defect causes and amounts, never notes or names).
 */
@ApplicationScoped
public class TimelineConsumer {
    /** Delivery updates that are a problem worth counting. */
    private static final Set<DeliveryStatus> PROBLEMS = Set.of(
            DeliveryStatus.DELIVERY_ATTEMPTED,
            DeliveryStatus.DELAYED,
            DeliveryStatus.LOST,
            DeliveryStatus.DAMAGED,
            DeliveryStatus.RETURNED_TO_SENDER);

    private final Inbox inbox;
    private final TimelineRecorder recorder;
    private final SubjectRepository subjects;

    public TimelineConsumer(Inbox inbox, TimelineRecorder recorder, SubjectRepository subjects) {
        this.inbox = inbox;
        this.recorder = recorder;
        this.subjects = subjects;
    }

    @Incoming(Topics.ORDER_RECEIVED)
    public Uni<Void> onReceived(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-order-received",
                record,
                Events.ORDER_RECEIVED,
                event -> recorder.received(event.payload(), event.time()));
    }

    @Incoming(Topics.ORDER_HELD)
    public Uni<Void> onHeld(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-order-held",
                record,
                Events.ORDER_HELD,
                event -> recorder.record(event.payload().orderId(), Step.HELD, event.time()));
    }

    @Incoming(Topics.ORDER_APPROVED)
    public Uni<Void> onApproved(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-order-approved",
                record,
                Events.ORDER_APPROVED,
                event -> recorder.record(
                        event.payload().orderId(),
                        Step.APPROVED,
                        event.time(),
                        event.payload().approvedBy()));
    }

    @Incoming(Topics.ORDER_REJECTED)
    public Uni<Void> onRejected(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-order-rejected",
                record,
                Events.ORDER_REJECTED,
                event -> recorder.record(
                        event.payload().orderId(),
                        Step.REJECTED,
                        event.time(),
                        event.payload().rejectedBy()));
    }

    @Incoming(Topics.ORDER_AMENDED)
    public Uni<Void> onAmended(ConsumerRecord<String, String> record) {
        return inbox.handle("analytics-order-amended", record, Events.ORDER_AMENDED, event -> {
            var day = OrderFacts.day(event.time());
            List<Fact> facts = List.of(
                    new Fact(Metrics.AMENDED, Metrics.ALL, Metrics.ALL, day, 0),
                    new Fact(
                            Metrics.STAFF_AMENDED, Metrics.USER, event.payload().amendedBy(), day, 0));
            return recorder.facts("amendment:" + event.payload().amendmentId(), facts);
        });
    }

    @Incoming(Topics.ORDER_CANCELLED)
    public Uni<Void> onCancelled(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-order-cancelled",
                record,
                Events.ORDER_CANCELLED,
                event -> recorder.record(
                        event.payload().orderId(),
                        Step.CANCELLED,
                        event.time(),
                        event.payload().cancelledBy()));
    }

    @Incoming(Topics.ORDER_CANCEL_REQUESTED)
    public Uni<Void> onCancelRequested(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-order-cancel-requested",
                record,
                Events.ORDER_CANCEL_REQUESTED,
                event -> recorder.facts(
                        "cancel-request:" + event.payload().requestId(),
                        counted(
                                Metrics.CANCEL_REQUESTED,
                                Metrics.STATUS,
                                event.payload().statusAtRequest(),
                                event.time(),
                                0)));
    }

    @Incoming(Topics.ORDER_CANCEL_REFUSED)
    public Uni<Void> onCancelRefused(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-order-cancel-refused",
                record,
                Events.ORDER_CANCEL_REFUSED,
                event -> recorder.facts(
                        "cancel-refusal:" + event.payload().requestId(),
                        counted(
                                Metrics.CANCEL_REFUSED,
                                Metrics.CODE,
                                event.payload().code(),
                                event.time(),
                                0)));
    }

    @Incoming(Topics.PAYMENT_RECORDED)
    public Uni<Void> onPayment(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-payment-recorded",
                record,
                Events.PAYMENT_RECORDED,
                event -> recorder.facts(
                        "payment:" + event.payload().paymentId(),
                        counted(
                                Metrics.PAYMENT,
                                Metrics.RESULT,
                                event.payload().result().name(),
                                event.time(),
                                cents(event.payload().amount()))));
    }

    @Incoming(Topics.PICKED)
    public Uni<Void> onPicked(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-picked",
                record,
                Events.PICKED,
                event -> recorder.record(
                        event.payload().orderId(),
                        Step.PICKED,
                        event.time(),
                        event.payload().pickedBy(),
                        event.payload().warehouse()));
    }

    @Incoming(Topics.STOCK_SHORTAGE)
    public Uni<Void> onShortage(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-stock-shortage",
                record,
                Events.STOCK_SHORTAGE,
                event -> recorder.facts(
                        "shortage:" + event.payload().shortageId(),
                        counted(
                                Metrics.STOCK_SHORTAGE,
                                Metrics.WAREHOUSE,
                                event.payload().warehouse(),
                                event.time(),
                                event.payload().quantity())));
    }

    @Incoming(Topics.STOCK_REPLENISHED)
    public Uni<Void> onReplenished(ConsumerRecord<String, String> record) {
        return inbox.handle("analytics-stock-replenished", record, Events.STOCK_REPLENISHED, event -> {
            List<Fact> facts = new ArrayList<>(counted(
                    Metrics.STOCK_REPLENISHED,
                    Metrics.WAREHOUSE,
                    event.payload().warehouse(),
                    event.time(),
                    event.payload().quantity()));
            facts.add(new Fact(
                    Metrics.STAFF_REPLENISHED,
                    Metrics.USER,
                    event.payload().receivedBy(),
                    OrderFacts.day(event.time()),
                    0));
            return recorder.facts("receipt:" + event.payload().receiptId(), facts);
        });
    }

    @Incoming(Topics.SHIPPED)
    public Uni<Void> onShipped(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-shipped",
                record,
                Events.SHIPPED,
                event -> recorder.shipped(
                        event.payload().orderId(), event.time(), event.payload().shippedBy()));
    }

    @Incoming(Topics.DELIVERY_UPDATED)
    public Uni<Void> onDeliveryUpdated(ConsumerRecord<String, String> record) {
        return inbox.handle("analytics-delivery-updated", record, Events.DELIVERY_UPDATED, event -> {
            var update = event.payload();
            Uni<Void> problem = PROBLEMS.contains(update.update())
                    ? recorder.facts(
                            "delivery:" + update.shipmentId() + ":" + update.update() + ":" + event.time(),
                            counted(
                                    Metrics.DELIVERY_PROBLEM,
                                    Metrics.STATUS,
                                    update.update().name(),
                                    event.time(),
                                    0))
                    : Uni.createFrom().voidItem();
            if (update.update() != DeliveryStatus.DELIVERED) {
                return problem;
            }
            return problem.chain(() -> recorder.delivered(
                    update.orderId(), update.deliveredAt() != null ? update.deliveredAt() : event.time()));
        });
    }

    @Incoming(Topics.RETURN_REQUESTED)
    public Uni<Void> onReturnRequested(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-return-requested",
                record,
                Events.RETURN_REQUESTED,
                event -> recorder.record(event.payload().orderId(), Step.RETURN_REQUESTED, event.time())
                        .chain(() -> recorder.facts(
                                "return:" + event.payload().returnId(),
                                ReturnFacts.requested(event.payload(), event.time()))));
    }

    @Incoming(Topics.EXCHANGE_REQUESTED)
    public Uni<Void> onExchangeRequested(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-exchange-requested",
                record,
                Events.EXCHANGE_REQUESTED,
                event -> recorder.facts(
                        "exchange:" + event.payload().returnId(), ReturnFacts.exchange(event.payload(), event.time())));
    }

    @Incoming(Topics.RETURN_RECEIVED)
    public Uni<Void> onReturnReceived(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-return-received",
                record,
                Events.RETURN_RECEIVED,
                event -> recorder.facts(
                        "return-received:" + event.payload().returnId() + ":"
                                + event.payload().receivedAt(),
                        ReturnFacts.received(event.payload(), event.time())));
    }

    @Incoming(Topics.RETURN_RESOLVED)
    public Uni<Void> onReturnResolved(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-return-resolved",
                record,
                Events.RETURN_RESOLVED,
                event -> recorder.facts(
                        "return-resolved:" + event.payload().returnId(),
                        ReturnFacts.resolved(event.payload(), event.time())));
    }

    @Incoming(Topics.REFUND_ISSUED)
    public Uni<Void> onRefundIssued(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-refund-issued",
                record,
                Events.REFUND_ISSUED,
                event -> recorder.facts(
                        "refund:" + event.payload().refundId(), ReturnFacts.refund(event.payload(), event.time())));
    }

    @Incoming(Topics.QUALITY_DEFECT_REPORTED)
    public Uni<Void> onQualityDefect(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-quality-defect-reported",
                record,
                Events.QUALITY_DEFECT_REPORTED,
                event -> recorder.facts(
                        "qc:" + event.payload().sampleId(), ReturnFacts.defect(event.payload(), event.time())));
    }

    @Incoming(Topics.ORDER_EXCEPTION)
    public Uni<Void> onException(ConsumerRecord<String, String> record) {
        return inbox.handle("analytics-order-exception", record, Events.ORDER_EXCEPTION, event -> {
            OrderException e = event.payload();
            List<Fact> step = e.stage() == ExceptionStage.DETECTED
                    ? List.of()
                    : List.of(new Fact(
                            Metrics.STAFF_CASE_STEP, Metrics.USER, e.actor(), OrderFacts.day(event.time()), 0));
            return subjects.recordException(
                            e.exceptionId(),
                            e.type().name(),
                            event.time(),
                            e.stage() == ExceptionStage.RESOLVED,
                            e.stage() == ExceptionStage.CLOSED,
                            e.actor(),
                            e.satisfaction())
                    .chain(state -> recorder.facts("exception:" + e.exceptionId(), state.facts()))
                    .chain(() -> recorder.facts("exception-step:" + e.exceptionId() + ":" + e.stage(), step));
        });
    }

    @Incoming(Topics.SLA_BREACHED)
    public Uni<Void> onSlaBreached(ConsumerRecord<String, String> record) {
        return inbox.handle("analytics-sla-breached", record, Events.SLA_BREACHED, event -> {
            var b = event.payload();
            return subjects.recordBreach(b.kind().name(), b.subjectId(), b.service(), b.owner(), event.time())
                    .chain(state -> recorder.facts("sla:" + b.kind() + ":" + b.subjectId(), state.facts()));
        });
    }

    @Incoming(Topics.PRODUCT_CATALOG)
    public Uni<Void> onCatalogEntry(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-product-catalog",
                record,
                Events.PRODUCT_CATALOG,
                event -> subjects.recordProduct(
                        event.payload().sku(), event.payload().category(), event.time()));
    }

    @Incoming(Topics.STOCK_LEVELS)
    public Uni<Void> onStockLevel(ConsumerRecord<String, String> record) {
        return inbox.handle("analytics-stock-levels", record, Events.STOCK_LEVELS, event -> {
            var level = event.payload();
            return subjects.recordStockLevel(level.warehouse(), level.sku(), level.available(), event.time());
        });
    }

    private static long cents(BigDecimal amount) {
        return amount.movePointRight(2).longValue();
    }
}

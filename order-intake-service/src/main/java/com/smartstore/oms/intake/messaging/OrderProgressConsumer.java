package com.smartstore.oms.intake.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.intake.domain.OrderStatus;
import com.smartstore.oms.intake.service.OrderProgress;
import com.smartstore.oms.kit.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the order's downstream steps (review's decisions, picking, shipping, shipping's answers to cancellation
 * requests) into its status and history, each through the idempotent inbox.
 */
@ApplicationScoped
public class OrderProgressConsumer {
    /** Picked and shipped concern the order's current revision; they carry none of their own. */
    private static final Integer CURRENT_REVISION = null;

    private final Inbox inbox;
    private final OrderProgress progress;

    public OrderProgressConsumer(Inbox inbox, OrderProgress progress) {
        this.inbox = inbox;
        this.progress = progress;
    }

    @Incoming(Topics.ORDER_HELD)
    public Uni<Void> onHeld(ConsumerRecord<String, String> record) {
        return inbox.handle("intake-order-held", record, Events.ORDER_HELD, event -> {
            OrderHeld held = event.payload();
            String rules = held.failedRules().stream()
                    .map(r -> r.rule() + ": " + r.explanation())
                    .collect(Collectors.joining("; "));
            return progress.decide(
                    held.orderId(),
                    OrderStatus.IN_MANUAL_REVIEW,
                    held.revision(),
                    held.sequence(),
                    event.time(),
                    "review",
                    rules,
                    order -> {});
        });
    }

    @Incoming(Topics.ORDER_APPROVED)
    public Uni<Void> onApproved(ConsumerRecord<String, String> record) {
        return inbox.handle("intake-order-approved", record, Events.ORDER_APPROVED, event -> {
            OrderApproved approved = event.payload();
            return progress.decide(
                    approved.orderId(),
                    OrderStatus.APPROVED,
                    approved.revision(),
                    approved.sequence(),
                    event.time(),
                    approved.approvedBy(),
                    approved.automatic() ? "passed automatic review" : "approved by a reviewer",
                    order -> {
                        // A newer approval of a picked order that was rejected meanwhile: off the correction list.
                        if (order.status == OrderStatus.PICKED
                                && order.rejectedAt != null
                                && approved.sequence() != null
                                && order.decisionSequence == approved.sequence()) {
                            order.rejectionCode = null;
                            order.rejectionReason = null;
                            order.rejectedBy = null;
                            order.rejectedAt = null;
                        }
                    });
        });
    }

    @Incoming(Topics.ORDER_REJECTED)
    public Uni<Void> onRejected(ConsumerRecord<String, String> record) {
        return inbox.handle("intake-order-rejected", record, Events.ORDER_REJECTED, event -> {
            OrderRejected rejected = event.payload();
            String reason = rejected.reasonCode() == null
                    ? rejected.reason()
                    : rejected.reasonCode() + ": " + rejected.reason();
            return progress.decide(
                    rejected.orderId(),
                    OrderStatus.REJECTED,
                    rejected.revision(),
                    rejected.sequence(),
                    event.time(),
                    rejected.rejectedBy(),
                    reason,
                    order -> {
                        // Shown as REJECTED, or (the newest decision) for an order already picked: its goods are
                        // packed and stopped, so a clerk must see it on the correction list (and cancel it).
                        long sequence = rejected.sequence() == null ? 0 : rejected.sequence();
                        if (order.status == OrderStatus.REJECTED
                                || (order.status == OrderStatus.PICKED && order.decisionSequence == sequence)) {
                            order.rejectionCode = rejected.reasonCode();
                            order.rejectionReason = rejected.reason();
                            order.rejectedBy = rejected.rejectedBy();
                            order.rejectedAt = rejected.rejectedAt();
                        }
                    });
        });
    }

    /** Shipping confirmed a cancellation (R-I11): only now is the order CANCELLED. */
    @Incoming(Topics.ORDER_CANCELLED)
    public Uni<Void> onCancelled(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "intake-order-cancelled",
                record,
                Events.ORDER_CANCELLED,
                event -> progress.cancelled(event.payload(), event.time()));
    }

    /** Shipping refused a cancellation because a parcel had left. */
    @Incoming(Topics.ORDER_CANCEL_REFUSED)
    public Uni<Void> onCancelRefused(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "intake-order-cancel-refused",
                record,
                Events.ORDER_CANCEL_REFUSED,
                event -> progress.cancelRefused(event.payload(), event.time()));
    }

    @Incoming(Topics.PICKED)
    public Uni<Void> onPicked(ConsumerRecord<String, String> record) {
        return inbox.handle("intake-picked", record, Events.PICKED, event -> {
            Picked picked = event.payload();
            return progress.record(
                    picked.orderId(),
                    OrderStatus.PICKED,
                    CURRENT_REVISION,
                    event.time(),
                    picked.pickedBy(),
                    "picked in " + picked.warehouse());
        });
    }

    @Incoming(Topics.SHIPPED)
    public Uni<Void> onShipped(ConsumerRecord<String, String> record) {
        return inbox.handle("intake-shipped", record, Events.SHIPPED, event -> {
            Shipped shipped = event.payload();
            return progress.record(
                    shipped.orderId(),
                    OrderStatus.SHIPPED,
                    CURRENT_REVISION,
                    event.time(),
                    shipped.shippedBy(),
                    shipped.carrier() + " " + shipped.trackingNumber());
        });
    }
}

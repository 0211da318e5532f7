package com.smartstore.oms.analytics.messaging;

import com.smartstore.oms.analytics.domain.Step;
import com.smartstore.oms.analytics.service.TimelineRecorder;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes every order step into the order timeline through the idempotent inbox. The step's time is the
 * event's CloudEvents time, so a replay or a late consumer gives the same figures; events for orders not
 * seen yet are welcome (topics are not ordered among each other).
 */
@ApplicationScoped
public class TimelineConsumer {
    private final Inbox inbox;
    private final TimelineRecorder recorder;

    public TimelineConsumer(Inbox inbox, TimelineRecorder recorder) {
        this.inbox = inbox;
        this.recorder = recorder;
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
                event -> recorder.record(event.payload().orderId(), Step.APPROVED, event.time()));
    }

    @Incoming(Topics.ORDER_REJECTED)
    public Uni<Void> onRejected(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-order-rejected",
                record,
                Events.ORDER_REJECTED,
                event -> recorder.record(event.payload().orderId(), Step.REJECTED, event.time()));
    }

    @Incoming(Topics.PICKED)
    public Uni<Void> onPicked(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-picked",
                record,
                Events.PICKED,
                event -> recorder.record(event.payload().orderId(), Step.PICKED, event.time()));
    }

    @Incoming(Topics.SHIPPED)
    public Uni<Void> onShipped(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-shipped",
                record,
                Events.SHIPPED,
                event -> recorder.record(event.payload().orderId(), Step.SHIPPED, event.time()));
    }

    @Incoming(Topics.RETURN_REQUESTED)
    public Uni<Void> onReturnRequested(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "analytics-return-requested",
                record,
                Events.RETURN_REQUESTED,
                event -> recorder.record(event.payload().orderId(), Step.RETURN_REQUESTED, event.time()));
    }
}

package com.smartstore.oms.warehouse.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.warehouse.service.CancellationService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes cancelled orders: reservations released, picked goods put back, backorders stopped (idempotent). */
@ApplicationScoped
public class OrderCancelledConsumer {
    private final Inbox inbox;
    private final CancellationService cancellations;

    public OrderCancelledConsumer(Inbox inbox, CancellationService cancellations) {
        this.inbox = inbox;
        this.cancellations = cancellations;
    }

    @Incoming(Topics.ORDER_CANCELLED)
    public Uni<Void> onCancelled(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "warehouse-order-cancelled",
                record,
                Events.ORDER_CANCELLED,
                event -> cancellations.cancel(event.payload()));
    }
}

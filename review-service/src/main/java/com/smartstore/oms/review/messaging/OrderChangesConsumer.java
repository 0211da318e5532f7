package com.smartstore.oms.review.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.review.service.OrderChangeService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Changes intake makes to orders under review: amendments (R-I10) and cancellations (R-I11). */
@ApplicationScoped
public class OrderChangesConsumer {
    private final Inbox inbox;
    private final OrderChangeService changes;

    public OrderChangesConsumer(Inbox inbox, OrderChangeService changes) {
        this.inbox = inbox;
        this.changes = changes;
    }

    @Incoming(Topics.ORDER_AMENDED)
    public Uni<Void> onAmended(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "review-order-amended", record, Events.ORDER_AMENDED, event -> changes.amended(event.payload()));
    }

    @Incoming(Topics.ORDER_CANCELLED)
    public Uni<Void> onCancelled(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "review-order-cancelled", record, Events.ORDER_CANCELLED, event -> changes.cancelled(event.payload()));
    }
}

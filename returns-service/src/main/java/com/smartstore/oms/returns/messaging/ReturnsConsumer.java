package com.smartstore.oms.returns.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.returns.service.ShippedOrderProjection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code shipped} into the projection of shipped orders, through the idempotent inbox. */
@ApplicationScoped
public class ReturnsConsumer {
    private final Inbox inbox;
    private final ShippedOrderProjection shippedOrders;

    public ReturnsConsumer(Inbox inbox, ShippedOrderProjection shippedOrders) {
        this.inbox = inbox;
        this.shippedOrders = shippedOrders;
    }

    @Incoming(Topics.SHIPPED)
    public Uni<Void> onShipped(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "returns-shipped",
                record,
                Events.SHIPPED,
                event -> shippedOrders.record(event.payload(), event.time()));
    }
}

package com.smartstore.oms.review.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.review.service.OrderEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reviews every order revision intake publishes, once, through the idempotent inbox. */
@ApplicationScoped
public class OrderReceivedConsumer {
    private final Inbox inbox;
    private final OrderEvents orders;

    public OrderReceivedConsumer(Inbox inbox, OrderEvents orders) {
        this.inbox = inbox;
        this.orders = orders;
    }

    @Incoming(Topics.ORDER_RECEIVED)
    public Uni<Void> onOrderReceived(ConsumerRecord<String, String> record) {
        return inbox.handle(OrderEvents.RECEIVED, record, Events.ORDER_RECEIVED, orders::received);
    }
}

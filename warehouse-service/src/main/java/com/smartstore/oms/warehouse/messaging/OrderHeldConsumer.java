package com.smartstore.oms.warehouse.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.warehouse.service.DecisionService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes review's holds: the newest decision by sequence is kept; after an approval a hold stops picking and
 * packing until a newer approval.
 */
@ApplicationScoped
public class OrderHeldConsumer {
    private final Inbox inbox;
    private final DecisionService decisions;

    public OrderHeldConsumer(Inbox inbox, DecisionService decisions) {
        this.inbox = inbox;
        this.decisions = decisions;
    }

    @Incoming(Topics.ORDER_HELD)
    public Uni<Void> onHeld(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "warehouse-order-held", record, Events.ORDER_HELD, event -> decisions.held(event.payload()));
    }
}

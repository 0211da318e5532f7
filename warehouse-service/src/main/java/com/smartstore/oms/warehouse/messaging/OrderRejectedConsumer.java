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
 * Consumes review's rejections: the newest decision by sequence is kept; after an approval a rejection stops picking
 * and packing and releases what open pick lists reserved.
 */
@ApplicationScoped
public class OrderRejectedConsumer {
    private final Inbox inbox;
    private final DecisionService decisions;

    public OrderRejectedConsumer(Inbox inbox, DecisionService decisions) {
        this.inbox = inbox;
        this.decisions = decisions;
    }

    @Incoming(Topics.ORDER_REJECTED)
    public Uni<Void> onRejected(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "warehouse-order-rejected",
                record,
                Events.ORDER_REJECTED,
                event -> decisions.rejected(event.payload()));
    }
}

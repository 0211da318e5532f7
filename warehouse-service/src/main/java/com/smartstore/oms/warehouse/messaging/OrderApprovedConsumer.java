package com.smartstore.oms.warehouse.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.warehouse.service.AllocationService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes approved orders into reservations and pick lists (or backorders), through the idempotent inbox. */
@ApplicationScoped
public class OrderApprovedConsumer {
    private final Inbox inbox;
    private final AllocationService allocation;

    public OrderApprovedConsumer(Inbox inbox, AllocationService allocation) {
        this.inbox = inbox;
        this.allocation = allocation;
    }

    @Incoming(Topics.ORDER_APPROVED)
    public Uni<Void> onApproved(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "warehouse-order-approved",
                record,
                Events.ORDER_APPROVED,
                event -> allocation.allocate(event.payload(), event.time()));
    }
}

package com.smartstore.oms.warehouse.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.warehouse.service.AmendmentService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes amended orders: changed lines adjust reservations and open pick lists, or are refused once picked; an
 * amendment that comes before the order's approval is parked until it.
 */
@ApplicationScoped
public class OrderAmendedConsumer {
    private final Inbox inbox;
    private final AmendmentService amendments;

    public OrderAmendedConsumer(Inbox inbox, AmendmentService amendments) {
        this.inbox = inbox;
        this.amendments = amendments;
    }

    @Incoming(Topics.ORDER_AMENDED)
    public Uni<Void> onAmended(ConsumerRecord<String, String> record) {
        return inbox.handle("warehouse-order-amended", record, Events.ORDER_AMENDED, event -> amendments.amend(event));
    }
}

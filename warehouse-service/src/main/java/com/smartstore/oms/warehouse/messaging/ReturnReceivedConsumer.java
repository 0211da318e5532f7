package com.smartstore.oms.warehouse.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.warehouse.service.ReturnService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes received returns: resellable goods restocked (serving waiting orders first), the rest recorded. */
@ApplicationScoped
public class ReturnReceivedConsumer {
    private final Inbox inbox;
    private final ReturnService returns;

    public ReturnReceivedConsumer(Inbox inbox, ReturnService returns) {
        this.inbox = inbox;
        this.returns = returns;
    }

    @Incoming(Topics.RETURN_RECEIVED)
    public Uni<Void> onReturnReceived(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "warehouse-return-received", record, Events.RETURN_RECEIVED, event -> returns.receive(event.payload()));
    }
}

package com.smartstore.oms.warehouse.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.warehouse.service.ReplacementService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A resend from the case desk (issue 11): the lost shipment's goods reserved and picked again, through the inbox. */
@ApplicationScoped
public class ReplacementRequestedConsumer {
    private final Inbox inbox;
    private final ReplacementService replacements;

    public ReplacementRequestedConsumer(Inbox inbox, ReplacementService replacements) {
        this.inbox = inbox;
        this.replacements = replacements;
    }

    @Incoming(Topics.REPLACEMENT_REQUESTED)
    public Uni<Void> onReplacementRequested(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "warehouse-replacement-requested",
                record,
                Events.REPLACEMENT_REQUESTED,
                event -> replacements.replace(event.payload()));
    }
}

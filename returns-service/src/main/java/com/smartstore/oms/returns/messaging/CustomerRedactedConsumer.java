package com.smartstore.oms.returns.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.returns.service.RedactionService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Erases the return reasons of the orders a customer's redaction lists (issue 10), once. */
@ApplicationScoped
public class CustomerRedactedConsumer {
    static final String CONSUMER = "returns-customer-redacted";

    private final Inbox inbox;
    private final RedactionService redactions;

    public CustomerRedactedConsumer(Inbox inbox, RedactionService redactions) {
        this.inbox = inbox;
        this.redactions = redactions;
    }

    @Incoming(Topics.CUSTOMER_REDACTED)
    public Uni<Void> onCustomerRedacted(ConsumerRecord<String, String> record) {
        return inbox.handle(CONSUMER, record, Events.CUSTOMER_REDACTED, event -> redactions.redact(event.payload()));
    }
}

package com.smartstore.oms.intake.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.intake.service.ExchangeOrders;
import com.smartstore.oms.kit.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes returns' exchanges into zero-priced replacement orders (R-X6), through the idempotent inbox. */
@ApplicationScoped
public class ExchangeConsumer {
    private final Inbox inbox;
    private final ExchangeOrders exchanges;

    public ExchangeConsumer(Inbox inbox, ExchangeOrders exchanges) {
        this.inbox = inbox;
        this.exchanges = exchanges;
    }

    @Incoming(Topics.EXCHANGE_REQUESTED)
    public Uni<Void> onExchangeRequested(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "intake-exchange-requested",
                record,
                Events.EXCHANGE_REQUESTED,
                event -> exchanges.create(event.payload()));
    }
}

package com.smartstore.oms.review.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.ExceptionStage;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.review.service.CaseService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Opens a case for every anomaly another service detected (stage DETECTED, R-E1). The later stages on the
 * topic are the desk's own case transitions and are skipped.
 */
@ApplicationScoped
public class OrderExceptionConsumer {
    private final Inbox inbox;
    private final CaseService cases;

    public OrderExceptionConsumer(Inbox inbox, CaseService cases) {
        this.inbox = inbox;
        this.cases = cases;
    }

    @Incoming(Topics.ORDER_EXCEPTION)
    public Uni<Void> onOrderException(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "review-order-exception",
                record,
                Events.ORDER_EXCEPTION,
                event -> event.payload().stage() == ExceptionStage.DETECTED
                        ? cases.openDetected(event.payload())
                        : Uni.createFrom().voidItem());
    }
}

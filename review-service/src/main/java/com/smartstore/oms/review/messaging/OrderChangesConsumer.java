package com.smartstore.oms.review.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.review.service.OrderEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What happens to orders after intake received them: amendments (R-I10), cancellations shipping confirmed
 * (R-I11) and payments recorded from trusted sources (R-I6); early ones are parked until their order arrives.
 */
@ApplicationScoped
public class OrderChangesConsumer {
    private final Inbox inbox;
    private final OrderEvents orders;

    public OrderChangesConsumer(Inbox inbox, OrderEvents orders) {
        this.inbox = inbox;
        this.orders = orders;
    }

    @Incoming(Topics.ORDER_AMENDED)
    public Uni<Void> onAmended(ConsumerRecord<String, String> record) {
        return inbox.handle(OrderEvents.AMENDED, record, Events.ORDER_AMENDED, orders::amended);
    }

    @Incoming(Topics.ORDER_CANCELLED)
    public Uni<Void> onCancelled(ConsumerRecord<String, String> record) {
        return inbox.handle(OrderEvents.CANCELLED, record, Events.ORDER_CANCELLED, orders::cancelled);
    }

    @Incoming(Topics.PAYMENT_RECORDED)
    public Uni<Void> onPaymentRecorded(ConsumerRecord<String, String> record) {
        return inbox.handle(OrderEvents.PAYMENT, record, Events.PAYMENT_RECORDED, orders::paymentRecorded);
    }
}

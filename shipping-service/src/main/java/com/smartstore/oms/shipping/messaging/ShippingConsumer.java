package com.smartstore.oms.shipping.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.shipping.service.OrderProjection;
import com.smartstore.oms.shipping.service.ShipmentService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes orders (for their address and date), their amendments (new addresses) and cancellations, and
 * packed pick lists (for shipments), each through the inbox.
 */
@ApplicationScoped
public class ShippingConsumer {
    private final Inbox inbox;
    private final OrderProjection orders;
    private final ShipmentService shipments;

    public ShippingConsumer(Inbox inbox, OrderProjection orders, ShipmentService shipments) {
        this.inbox = inbox;
        this.orders = orders;
        this.shipments = shipments;
    }

    @Incoming(Topics.ORDER_RECEIVED)
    public Uni<Void> onOrderReceived(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "shipping-order-received", record, Events.ORDER_RECEIVED, event -> orders.record(event.payload()));
    }

    @Incoming(Topics.ORDER_AMENDED)
    public Uni<Void> onOrderAmended(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "shipping-order-amended", record, Events.ORDER_AMENDED, event -> orders.amend(event.payload()));
    }

    @Incoming(Topics.ORDER_CANCELLED)
    public Uni<Void> onOrderCancelled(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "shipping-order-cancelled", record, Events.ORDER_CANCELLED, event -> shipments.cancel(event.payload()));
    }

    @Incoming(Topics.PICKED)
    public Uni<Void> onPicked(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "shipping-picked", record, Events.PICKED, event -> shipments.open(event.payload(), event.time()));
    }
}

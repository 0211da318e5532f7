package com.smartstore.oms.returns.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.returns.service.OrderGoodsProjection;
import com.smartstore.oms.returns.service.ShippedOrderProjection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes what returns needs of orders, through the idempotent inbox: {@code shipped} (shipments and their goods),
 * {@code order-received} (lines and prices), {@code delivery-updated} (deliveries) and {@code product-catalog}
 * (categories).
 */
@ApplicationScoped
public class ReturnsConsumer {
    private final Inbox inbox;
    private final ShippedOrderProjection shippedOrders;
    private final OrderGoodsProjection orders;

    public ReturnsConsumer(Inbox inbox, ShippedOrderProjection shippedOrders, OrderGoodsProjection orders) {
        this.inbox = inbox;
        this.shippedOrders = shippedOrders;
        this.orders = orders;
    }

    @Incoming(Topics.ORDER_RECEIVED)
    public Uni<Void> onOrderReceived(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "returns-order-received", record, Events.ORDER_RECEIVED, event -> orders.record(event.payload()));
    }

    @Incoming(Topics.DELIVERY_UPDATED)
    public Uni<Void> onDeliveryUpdated(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "returns-delivery-updated", record, Events.DELIVERY_UPDATED, event -> orders.record(event.payload()));
    }

    @Incoming(Topics.PRODUCT_CATALOG)
    public Uni<Void> onProductCatalog(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "returns-product-catalog", record, Events.PRODUCT_CATALOG, event -> orders.record(event.payload()));
    }

    @Incoming(Topics.SHIPPED)
    public Uni<Void> onShipped(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "returns-shipped",
                record,
                Events.SHIPPED,
                event -> shippedOrders.record(event.payload(), event.time()));
    }
}

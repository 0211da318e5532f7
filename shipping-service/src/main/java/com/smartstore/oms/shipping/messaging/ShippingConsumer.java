package com.smartstore.oms.shipping.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.shipping.service.OrderGateService;
import com.smartstore.oms.shipping.service.OrderProjection;
import com.smartstore.oms.shipping.service.RemedyService;
import com.smartstore.oms.shipping.service.ShipmentService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes orders (for their address and date) and their amendments (new addresses), review's decisions (holds),
 * cancel requests (which shipping answers), packed pick lists (for shipments) and the case desk's resolved logistics
 * cases (remedies, issue 11), each through the inbox.
 * {@code order-cancelled} is no input: shipping publishes it as the confirmation.
 */
@ApplicationScoped
public class ShippingConsumer {
    private final Inbox inbox;
    private final OrderProjection orders;
    private final ShipmentService shipments;
    private final OrderGateService gates;
    private final RemedyService remedies;

    public ShippingConsumer(
            Inbox inbox,
            OrderProjection orders,
            ShipmentService shipments,
            OrderGateService gates,
            RemedyService remedies) {
        this.inbox = inbox;
        this.remedies = remedies;
        this.orders = orders;
        this.shipments = shipments;
        this.gates = gates;
    }

    @Incoming(Topics.ORDER_RECEIVED)
    public Uni<Void> onOrderReceived(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "shipping-order-received", record, Events.ORDER_RECEIVED, event -> orders.record(event.payload()));
    }

    @Incoming(Topics.ORDER_AMENDED)
    public Uni<Void> onOrderAmended(ConsumerRecord<String, String> record) {
        return inbox.handle(OrderProjection.AMENDMENTS, record, Events.ORDER_AMENDED, orders::amend);
    }

    @Incoming(Topics.ORDER_APPROVED)
    public Uni<Void> onOrderApproved(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "shipping-order-approved", record, Events.ORDER_APPROVED, event -> gates.approved(event.payload()));
    }

    @Incoming(Topics.ORDER_HELD)
    public Uni<Void> onOrderHeld(ConsumerRecord<String, String> record) {
        return inbox.handle("shipping-order-held", record, Events.ORDER_HELD, event -> gates.held(event.payload()));
    }

    @Incoming(Topics.ORDER_REJECTED)
    public Uni<Void> onOrderRejected(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "shipping-order-rejected", record, Events.ORDER_REJECTED, event -> gates.rejected(event.payload()));
    }

    @Incoming(Topics.ORDER_CANCEL_REQUESTED)
    public Uni<Void> onOrderCancelRequested(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "shipping-order-cancel-requested",
                record,
                Events.ORDER_CANCEL_REQUESTED,
                event -> gates.answer(event.payload()));
    }

    @Incoming(Topics.PICKED)
    public Uni<Void> onPicked(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "shipping-picked", record, Events.PICKED, event -> shipments.open(event.payload(), event.time()));
    }

    /** The exception desk's case steps: the remedy of a resolved logistics case about a shipment (issue 11). */
    @Incoming(Topics.ORDER_EXCEPTION)
    public Uni<Void> onOrderException(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "shipping-case-remedies", record, Events.ORDER_EXCEPTION, event -> remedies.record(event.payload()));
    }
}

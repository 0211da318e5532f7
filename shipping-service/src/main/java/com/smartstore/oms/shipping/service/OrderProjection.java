package com.smartstore.oms.shipping.service;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.inbox.IncomingEvent;
import com.smartstore.oms.kit.inbox.ParkedEvent;
import com.smartstore.oms.kit.inbox.ParkedEvents;
import com.smartstore.oms.shipping.domain.OrderInfo;
import com.smartstore.oms.shipping.repository.OrderGateRepository;
import com.smartstore.oms.shipping.repository.OrderInfoRepository;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Keeps what shipping knows of each order current, and completes shipments that were created before it. Runs under
 * the order's gate lock, like everything else that changes the order's shipments.
 */
@ApplicationScoped
public class OrderProjection {
    /** The inbox consumer of {@code order-amended}; amendments it parked are released under the same name. */
    public static final String AMENDMENTS = "shipping-order-amended";

    private static final Logger LOG = Logger.getLogger(OrderProjection.class);

    private final OrderInfoRepository orders;
    private final ShipmentRepository shipments;
    private final OrderGateRepository gates;
    private final ParkedEvents parked;

    public OrderProjection(
            OrderInfoRepository orders, ShipmentRepository shipments, OrderGateRepository gates, ParkedEvents parked) {
        this.orders = orders;
        this.shipments = shipments;
        this.gates = gates;
        this.parked = parked;
    }

    /**
     * Runs inside the inbox's transaction. Takes the order (or a newer revision of it), then applies the
     * amendments that arrived before it, in arrival order (issue 17 case 2).
     */
    public Uni<Void> record(OrderReceived event) {
        return gates.lock(event.orderId())
                .chain(() -> orders.findById(event.orderId()))
                .chain(existing -> {
                    if (existing == null) {
                        return orders.persist(OrderInfo.from(event)).chain(this::completeShipments);
                    }
                    if (!existing.apply(event)) {
                        LOG.debugf(
                                "order %s: ignoring revision %d, revision %d is known already",
                                event.orderId(), event.revision(), existing.revision);
                        return Uni.createFrom().voidItem();
                    }
                    return completeShipments(existing);
                })
                .chain(() -> parked.release(AMENDMENTS, event.orderId().toString()))
                .chain(this::applyParked);
    }

    /**
     * Runs inside the inbox's transaction. A new shipping address (R-I10) reaches the order and every shipment
     * still waiting for dispatch (one that has left keeps the address on its label); contact and line changes are
     * not shipping's business. An amendment of an order shipping has not heard of yet overtook its
     * {@code order-received} on the other topic: it is parked and applied when the order arrives.
     */
    public Uni<Void> amend(IncomingEvent<OrderAmended> event) {
        OrderAmended amendment = event.payload();
        return gates.lock(amendment.orderId())
                .chain(() -> orders.findById(amendment.orderId()))
                .chain(order -> order == null
                        ? parked.park(AMENDMENTS, amendment.orderId().toString(), event, Topics.ORDER_RECEIVED)
                        : apply(order, amendment));
    }

    private Uni<Void> applyParked(List<ParkedEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ParkedEvent event : events) {
            OrderAmended amendment = event.as(Events.ORDER_AMENDED).payload();
            chain = chain.chain(() -> orders.findById(amendment.orderId())).chain(order -> apply(order, amendment));
        }
        return chain;
    }

    private Uni<Void> apply(OrderInfo order, OrderAmended amendment) {
        if (!order.apply(amendment)) {
            LOG.debugf(
                    "order %s: amendment %s of revision %d is stale or changes no address",
                    amendment.orderId(), amendment.amendmentId(), amendment.revision());
            return Uni.createFrom().voidItem();
        }
        return completeShipments(order);
    }

    /** Picked may have arrived first (topics are not ordered among each other): its shipments get the order's details. */
    private Uni<Void> completeShipments(OrderInfo order) {
        return shipments
                .forOrder(order.orderId)
                .invoke(list -> list.forEach(s -> s.fillFrom(order)))
                .replaceWithVoid();
    }
}

package com.smartstore.oms.shipping.service;

import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.shipping.domain.OrderInfo;
import com.smartstore.oms.shipping.repository.OrderInfoRepository;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Keeps what shipping knows of each order current, and completes shipments that were created before it. */
@ApplicationScoped
public class OrderProjection {
    private static final Logger LOG = Logger.getLogger(OrderProjection.class);

    private final OrderInfoRepository orders;
    private final ShipmentRepository shipments;

    public OrderProjection(OrderInfoRepository orders, ShipmentRepository shipments) {
        this.orders = orders;
        this.shipments = shipments;
    }

    /** Runs inside the inbox's transaction. */
    public Uni<Void> record(OrderReceived event) {
        return orders.findById(event.orderId()).chain(existing -> {
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
        });
    }

    /**
     * Runs inside the inbox's transaction. A new shipping address (R-I10) reaches the order and every shipment
     * still waiting for dispatch; contact and line changes are not shipping's business.
     */
    public Uni<Void> amend(OrderAmended event) {
        return orders.findById(event.orderId()).chain(order -> {
            if (order == null) {
                // Amendments come from staff well after intake published the order, so shipping knows it; one
                // that does not is of an order shipping never handles (its new address would have no shipment).
                LOG.warnf(
                        "order %s is unknown to shipping; ignoring its amendment %s",
                        event.orderId(), event.amendmentId());
                return Uni.createFrom().voidItem();
            }
            return order.apply(event)
                    ? completeShipments(order)
                    : Uni.createFrom().voidItem();
        });
    }

    /** Picked may have arrived first (topics are not ordered among each other): its shipments get the order's details. */
    private Uni<Void> completeShipments(OrderInfo order) {
        return shipments
                .forOrder(order.orderId)
                .invoke(list -> list.forEach(s -> s.fillFrom(order)))
                .replaceWithVoid();
    }
}

package com.smartstore.oms.shipping.service;

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

    /** Picked may have arrived first (topics are not ordered among each other): its shipments get the order's details. */
    private Uni<Void> completeShipments(OrderInfo order) {
        return shipments
                .forOrder(order.orderId)
                .invoke(list -> list.forEach(s -> s.fillFrom(order)))
                .replaceWithVoid();
    }
}

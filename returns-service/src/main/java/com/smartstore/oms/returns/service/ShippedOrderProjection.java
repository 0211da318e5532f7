package com.smartstore.oms.returns.service;

import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.returns.domain.ShippedOrder;
import com.smartstore.oms.returns.repository.ShippedOrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Records which orders were shipped, so that returns can be requested for them (and only them). */
@ApplicationScoped
public class ShippedOrderProjection {
    private final ShippedOrderRepository shipments;

    public ShippedOrderProjection(ShippedOrderRepository shipments) {
        this.shipments = shipments;
    }

    /** Runs inside the inbox's transaction; a shipment reported again under a new event id is kept once. */
    public Uni<Void> record(Shipped shipped, Instant shippedAt) {
        return shipments
                .findById(shipped.shipmentId())
                .chain(existing -> existing != null
                        ? Uni.createFrom().voidItem()
                        : shipments
                                .persist(ShippedOrder.from(shipped, shippedAt))
                                .replaceWithVoid());
    }
}

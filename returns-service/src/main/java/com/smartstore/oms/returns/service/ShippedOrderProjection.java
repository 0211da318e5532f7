package com.smartstore.oms.returns.service;

import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.returns.domain.ShippedItem;
import com.smartstore.oms.returns.domain.ShippedOrder;
import com.smartstore.oms.returns.repository.ShippedItemRepository;
import com.smartstore.oms.returns.repository.ShippedOrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records which orders were shipped and with which goods, so that returns can be requested for them (and only them). */
@ApplicationScoped
public class ShippedOrderProjection {
    private final ShippedOrderRepository shipments;
    private final ShippedItemRepository items;

    public ShippedOrderProjection(ShippedOrderRepository shipments, ShippedItemRepository items) {
        this.shipments = shipments;
        this.items = items;
    }

    /** Runs inside the inbox's transaction; a shipment reported again under a new event id is kept once. */
    public Uni<Void> record(Shipped shipped, Instant shippedAt) {
        return shipments.findById(shipped.shipmentId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            Map<String, Integer> perSku = new LinkedHashMap<>();
            if (shipped.items() != null) {
                shipped.items().forEach(i -> perSku.merge(i.sku(), i.quantity(), Integer::sum));
            }
            return shipments
                    .persist(ShippedOrder.from(shipped, shippedAt))
                    .chain(() -> perSku.isEmpty()
                            ? Uni.createFrom().voidItem()
                            : items.persist(perSku.entrySet().stream()
                                    .map(e -> ShippedItem.of(
                                            shipped.shipmentId(), shipped.orderId(), e.getKey(), e.getValue()))
                                    .toList()))
                    .replaceWithVoid();
        });
    }
}

package com.smartstore.oms.returns.repository;

import com.smartstore.oms.returns.domain.ShippedOrder;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Shipments of orders, by shipment id. */
@ApplicationScoped
public class ShippedOrderRepository implements PanacheRepositoryBase<ShippedOrder, UUID> {

    public Uni<List<ShippedOrder>> forOrder(UUID orderId) {
        return list("orderId", orderId);
    }
}

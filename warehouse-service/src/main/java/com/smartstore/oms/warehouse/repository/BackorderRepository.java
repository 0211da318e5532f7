package com.smartstore.oms.warehouse.repository;

import com.smartstore.oms.warehouse.domain.Backorder;
import com.smartstore.oms.warehouse.domain.BackorderStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Backordered orders and their lines. */
@ApplicationScoped
public class BackorderRepository implements PanacheRepositoryBase<Backorder, UUID> {

    /** Backorders of an order, any revision. */
    public Uni<List<Backorder>> forOrder(UUID orderId) {
        return list("orderId", orderId);
    }

    /** In the order they are to be served: oldest approval first (R-W6); the order filter may be null. */
    public Uni<List<Backorder>> withStatus(BackorderStatus status, UUID orderId) {
        Parameters params = Parameters.with("status", status);
        String byOrder = "";
        if (orderId != null) {
            byOrder = " and b.orderId = :orderId";
            params.and("orderId", orderId);
        }
        return find(
                        "from Backorder b left join fetch b.lines where b.status = :status" + byOrder
                                + " order by b.approvedAt, b.createdAt, b.id",
                        params)
                .list();
    }
}

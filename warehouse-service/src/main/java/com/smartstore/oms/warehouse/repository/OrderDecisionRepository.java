package com.smartstore.oms.warehouse.repository;

import com.smartstore.oms.warehouse.domain.OrderDecision;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Review's newest decision per order; written only under the order's advisory lock (OrderRecordRepository). */
@ApplicationScoped
public class OrderDecisionRepository implements PanacheRepositoryBase<OrderDecision, UUID> {

    /** Decisions of these orders that stop fulfilment (holds, rejections), for showing on pick lists. */
    public Uni<List<OrderDecision>> stopping(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("orderId in ?1 and decision <> ?2", orderIds, OrderDecision.Kind.APPROVED);
    }
}

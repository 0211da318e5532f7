package com.smartstore.oms.review.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The per-order number of review's decisions (docs/ORDER-LIFECYCLE.md), one row per order. */
@ApplicationScoped
public class DecisionSequenceRepository {

    /**
     * The order's next decision number, taken in the caller's transaction: a rollback (and so a redelivery)
     * returns it unused. The row stays locked until commit, so decisions on one order are made one at a time.
     */
    public Uni<Long> next(UUID orderId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "insert into order_decision (order_id, last_sequence) values (:order, 1)"
                                        + " on conflict (order_id) do update"
                                        + " set last_sequence = order_decision.last_sequence + 1"
                                        + " returning last_sequence",
                                Long.class)
                        .setParameter("order", orderId)
                        .getSingleResult());
    }
}

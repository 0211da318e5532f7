package com.smartstore.oms.shipping.repository;

import com.smartstore.oms.shipping.domain.OrderGate;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** The per-order gates; every change to an order's shipments starts by locking its gate. */
@ApplicationScoped
public class OrderGateRepository implements PanacheRepositoryBase<OrderGate, UUID> {

    /**
     * The order's gate, created if this is the first shipping hears of the order, locked until the transaction
     * ends. The insert ignores a row another transaction created meanwhile, so concurrent first events of one
     * order queue up on the same row instead of failing.
     */
    public Uni<OrderGate> lock(UUID orderId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into order_gate (order_id) values (:orderId) on conflict do nothing")
                        .setParameter("orderId", orderId)
                        .executeUpdate())
                .chain(() -> findById(orderId, LockModeType.PESSIMISTIC_WRITE));
    }
}

package com.smartstore.oms.returns.repository;

import com.smartstore.oms.returns.domain.Purchase;
import com.smartstore.oms.returns.domain.PurchaseLine;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Orders as received (latest revision) and their lines. */
@ApplicationScoped
public class PurchaseRepository implements PanacheRepositoryBase<Purchase, UUID> {

    public Uni<List<PurchaseLine>> lines(UUID orderId) {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery(
                                "from PurchaseLine where orderId = :order order by lineNo", PurchaseLine.class)
                        .setParameter("order", orderId)
                        .getResultList());
    }

    /** Replaces an order's lines (a new revision). */
    public Uni<Void> replaceLines(UUID orderId, List<PurchaseLine> lines) {
        return Panache.getSession()
                .chain(s -> s.createMutationQuery("delete from PurchaseLine where orderId = :order")
                        .setParameter("order", orderId)
                        .executeUpdate()
                        .chain(() -> s.persistAll(lines.toArray())));
    }
}

package com.smartstore.oms.warehouse.repository;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import com.smartstore.oms.warehouse.domain.Backorder;
import com.smartstore.oms.warehouse.domain.BackorderStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Backordered orders and their lines. */
@ApplicationScoped
public class BackorderRepository implements PanacheRepositoryBase<Backorder, UUID> {

    /** Backorders of an order, any revision, locked until the transaction ends, with their lines. */
    public Uni<List<Backorder>> lockForOrder(UUID orderId) {
        return find("orderId = ?1 order by approvedAt, createdAt, id", orderId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .call(this::fetchLines);
    }

    /**
     * Waiting backorders with a line of one of these SKUs, oldest approval first, locked until the transaction ends
     * (in that order, so two receipts lock shared backorders in the same order), with their lines.
     */
    public Uni<List<Backorder>> lockWaitingFor(Collection<String> skus) {
        // No fetch join here: PostgreSQL cannot lock the nullable side of an outer join.
        return find(
                        "from Backorder b where b.status = ?1"
                                + " and exists (select 1 from BackorderLine l where l.backorder = b and l.sku in ?2)"
                                + " order by b.approvedAt, b.createdAt, b.id",
                        BackorderStatus.WAITING,
                        skus)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .call(this::fetchLines);
    }

    /** Waiting backorders with a line of one of these SKUs, oldest approval first, with their lines (not locked). */
    public Uni<List<Backorder>> waitingFor(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find(
                        "select distinct b from Backorder b left join fetch b.lines where b.status = ?1"
                                + " and exists (select 1 from BackorderLine l where l.backorder = b and l.sku in ?2)"
                                + " order by b.approvedAt, b.createdAt, b.id",
                        BackorderStatus.WAITING,
                        skus)
                .list();
    }

    private Uni<?> fetchLines(List<Backorder> found) {
        return Multi.createFrom()
                .iterable(found)
                .onItem()
                .transformToUniAndConcatenate(b -> getSession().chain(s -> s.fetch(b.lines)))
                .collect()
                .last();
    }

    /** One page of {@link #withStatus}, with the lines loaded (the page first: see {@code PickListRepository#queue}). */
    public Uni<Page<Backorder>> pageWithStatus(BackorderStatus status, UUID orderId, int page, int size) {
        return new Where()
                .equal("status", status)
                .equal("orderId", orderId)
                .pageWithTotal(this, Sort.by("approvedAt").and("createdAt").and("id"), page, size)
                .call(found -> found.items().isEmpty()
                        ? Uni.createFrom().voidItem()
                        : find(
                                        "from Backorder b left join fetch b.lines where b.id in ?1",
                                        found.items().stream().map(b -> b.id).toList())
                                .list());
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

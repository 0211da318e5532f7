package com.smartstore.oms.warehouse.repository;

import com.smartstore.oms.warehouse.domain.Parcel;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.PickListStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Pick lists, their lines and parcels. */
@ApplicationScoped
public class PickListRepository implements PanacheRepositoryBase<PickList, UUID> {

    /**
     * The queue: earliest requested ship date first (none last), then oldest; either filter may be null; overdue =
     * only open lists past their deadline at {@code now}.
     */
    public Uni<List<PickList>> queue(PickListStatus status, UUID orderId, boolean overdueOnly, Instant now) {
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and p.status = :status");
            params.and("status", status);
        }
        if (orderId != null) {
            where.append(" and p.orderId = :orderId");
            params.and("orderId", orderId);
        }
        if (overdueOnly) {
            where.append(" and p.status = :open and p.dueAt < :now");
            params.and("open", PickListStatus.OPEN).and("now", now);
        }
        return find(
                        "from PickList p left join fetch p.lines" + where
                                + " order by p.requestedShipDate asc nulls last, p.createdAt, p.id",
                        params)
                .list();
    }

    /** The pick list with its lines, or null. */
    public Uni<PickList> findWithLines(UUID id) {
        // Not firstResult(): a row limit with a collection fetch would be applied in memory.
        return find("from PickList p left join fetch p.lines where p.id = ?1", id)
                .list()
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    /** The pick list locked until the transaction ends, with its lines, or null. */
    public Uni<PickList> lockWithLines(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE)
                .call(list -> list == null ? Uni.createFrom().nullItem() : fetchLines(list));
    }

    /** Every pick list of an order, any revision, locked until the transaction ends, with their lines. */
    public Uni<List<PickList>> lockForOrder(UUID orderId) {
        return find("orderId", orderId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .call(lists -> Multi.createFrom()
                        .iterable(lists)
                        .onItem()
                        .transformToUniAndConcatenate(this::fetchLines)
                        .collect()
                        .last());
    }

    /** Parcels of these pick lists, in number order. */
    public Uni<List<Parcel>> parcels(Collection<UUID> pickListIds) {
        if (pickListIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession()
                .chain(s -> s.createSelectionQuery(
                                "from Parcel where pickListId in :ids order by pickListId, number", Parcel.class)
                        .setParameter("ids", pickListIds)
                        .getResultList());
    }

    private Uni<?> fetchLines(PickList list) {
        return getSession().chain(s -> s.fetch(list.lines));
    }
}

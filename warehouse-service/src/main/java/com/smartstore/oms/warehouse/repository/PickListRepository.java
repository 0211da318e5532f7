package com.smartstore.oms.warehouse.repository;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import com.smartstore.oms.warehouse.domain.Parcel;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.PickListStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
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
    /** Statuses whose deadline counts: not picked and packed yet. */
    private static final List<PickListStatus> IN_PROGRESS = List.of(PickListStatus.OPEN, PickListStatus.PICKED);

    /**
     * The queue: earliest requested ship date first (none last), then oldest; either filter may be null; overdue =
     * only lists not packed by their deadline at {@code now}.
     */
    public Uni<Page<PickList>> queue(
            PickListStatus status,
            String warehouse,
            UUID orderId,
            boolean overdueOnly,
            Instant now,
            int page,
            int size) {
        Where where = new Where()
                .equal("status", status)
                .equal("warehouse", warehouse)
                .equal("orderId", orderId)
                .when(overdueOnly, "status in :working and dueAt < :now", "working", IN_PROGRESS, "now", now);
        Sort queue = Sort.by("requestedShipDate", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
                .and("createdAt")
                .and("id");
        // The page first, then its lines: a row limit with a collection fetch would be applied in memory.
        return where.pageWithTotal(this, queue, page, size).call(found -> withLines(found.items()));
    }

    /** Loads the lines of these pick lists (same session: the instances given get them). */
    private Uni<List<PickList>> withLines(List<PickList> lists) {
        if (lists.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find(
                        "from PickList p left join fetch p.lines where p.id in ?1",
                        lists.stream().map(p -> p.id).toList())
                .list();
    }

    /** The pick list with its lines, or null. */
    public Uni<PickList> findWithLines(UUID id) {
        // Not firstResult(): a row limit with a collection fetch would be applied in memory.
        return find("from PickList p left join fetch p.lines where p.id = ?1", id)
                .list()
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    /** The order a pick list is for, or null; read without loading the list (it is locked and loaded after). */
    public Uni<UUID> orderOf(UUID id) {
        return getSession()
                .chain(s -> s.createSelectionQuery("select p.orderId from PickList p where p.id = :id", UUID.class)
                        .setParameter("id", id)
                        .getSingleResultOrNull());
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

    /**
     * Pick lists not picked and packed by their deadline and not escalated yet, earliest deadline first, at most
     * {@code limit} (not locked: {@link #markBreached} decides who escalates each).
     */
    public Uni<List<PickList>> overdueUnbreached(Instant now, int limit) {
        return find("breachedAt is null and status in ?1 and dueAt < ?2 order by dueAt, id", IN_PROGRESS, now)
                .page(0, limit)
                .list();
    }

    /**
     * Marks an overdue pick list breached unless it is breached, done or closed already; true if this call did it.
     * Safe with several instances: a concurrent second update waits for the first and then matches no row.
     */
    public Uni<Boolean> markBreached(UUID id, Instant now) {
        return update(
                        "breachedAt = ?1 where id = ?2 and breachedAt is null and status in ?3 and dueAt < ?1",
                        now,
                        id,
                        IN_PROGRESS)
                .map(updated -> updated == 1);
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

package com.smartstore.oms.returns.repository;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import com.smartstore.oms.returns.domain.ReturnStatus;
import com.smartstore.oms.returns.domain.ReturnTicket;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Return tickets with their lines. */
@ApplicationScoped
public class ReturnRepository implements PanacheRepositoryBase<ReturnTicket, UUID> {

    /** The ticket with its lines, or null (a list: limiting a query that fetches a collection pages in memory). */
    public Uni<ReturnTicket> findWithLines(UUID id) {
        return list("from ReturnTicket r left join fetch r.lines where r.id = ?1", id)
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    /**
     * A page of tickets with their lines, newest first, and how many match. Paged without the lines first: paging a
     * query that fetches a collection would make Hibernate load every row and page in memory.
     */
    public Uni<Page<ReturnTicket>> page(UUID orderId, ReturnStatus status, int page, int size) {
        Where where = new Where().equal("orderId", orderId).equal("status", status);
        return where.pageWithTotal(this, Sort.descending("requestedAt", "id"), page, size)
                .chain(found -> found.items().isEmpty()
                        ? Uni.createFrom().item(found)
                        : list(
                                        "from ReturnTicket r left join fetch r.lines where r.id in ?1"
                                                + " order by r.requestedAt desc, r.id desc",
                                        found.items().stream().map(t -> t.id).toList())
                                .map(withLines -> new Page<>(withLines, page, size, found.total())));
    }

    /**
     * Open tickets nobody contacted by their deadline and not escalated yet, earliest deadline first; a ticket
     * resolved before its deadline needs no contact any more.
     */
    public Uni<List<ReturnTicket>> contactOverdue(Instant now, int limit) {
        return find(
                        "contactedAt is null and contactBreachedAt is null and contactDueAt < ?1 and status <> ?2"
                                + " order by contactDueAt, id",
                        now,
                        ReturnStatus.RESOLVED)
                .page(0, limit)
                .list();
    }

    /** Marks a ticket escalated for its contact deadline unless contacted or escalated meanwhile; true if this did. */
    public Uni<Boolean> markContactBreached(UUID id, Instant now) {
        return update(
                        "contactBreachedAt = ?1 where id = ?2 and contactedAt is null and contactBreachedAt is null"
                                + " and contactDueAt < ?1 and status <> ?3",
                        now,
                        id,
                        ReturnStatus.RESOLVED)
                .map(updated -> updated == 1);
    }

    /** Tickets with eligible goods not resolved by their refund deadline and not escalated yet. */
    public Uni<List<ReturnTicket>> refundOverdue(Instant now, int limit) {
        return find(
                        "refundDueAt < ?1 and refundBreachedAt is null and resolvedAt is null order by refundDueAt, id",
                        now)
                .page(0, limit)
                .list();
    }

    /** Marks a ticket escalated for its refund deadline unless resolved or escalated meanwhile; true if this did. */
    public Uni<Boolean> markRefundBreached(UUID id, Instant now) {
        return update(
                        "refundBreachedAt = ?1 where id = ?2 and refundBreachedAt is null and resolvedAt is null"
                                + " and refundDueAt < ?1",
                        now,
                        id)
                .map(updated -> updated == 1);
    }
}

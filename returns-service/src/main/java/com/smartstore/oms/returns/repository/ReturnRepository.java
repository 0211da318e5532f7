package com.smartstore.oms.returns.repository;

import com.smartstore.oms.returns.domain.ReturnTicket;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
     * A page of tickets with their lines, newest first. Paged by id first: paging a query that fetches a
     * collection would make Hibernate load every row and page in memory.
     */
    public Uni<List<ReturnTicket>> page(UUID orderId, int page, int size) {
        Sort newestFirst = Sort.descending("requestedAt", "id");
        var ids = orderId == null ? findAll(newestFirst) : find("orderId", newestFirst, orderId);
        return ids.page(Page.of(page, size))
                .project(IdOnly.class)
                .list()
                .chain(found -> found.isEmpty()
                        ? Uni.createFrom().item(List.<ReturnTicket>of())
                        : list(
                                "from ReturnTicket r left join fetch r.lines where r.id in ?1"
                                        + " order by r.requestedAt desc, r.id desc",
                                found.stream().map(IdOnly::id).toList()));
    }

    /** The id column alone, for paging. */
    public record IdOnly(UUID id) {}
}

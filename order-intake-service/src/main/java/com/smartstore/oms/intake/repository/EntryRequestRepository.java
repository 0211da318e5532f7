package com.smartstore.oms.intake.repository;

import com.smartstore.oms.intake.domain.EntryRequest;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Entry requests: the open queue by deadline, and the overdue ones not yet reported. */
@ApplicationScoped
public class EntryRequestRepository implements PanacheRepositoryBase<EntryRequest, UUID> {

    public Uni<Page<EntryRequest>> open(int page, int size) {
        return new Where()
                .and("orderId is null")
                .pageWithTotal(this, Sort.ascending("deadline").and("id"), page, size);
    }

    public Uni<List<UUID>> overdueUnreported(Instant now, int limit) {
        return getSession()
                .chain(s -> s.createSelectionQuery(
                                "select id from EntryRequest where orderId is null and breachedAt is null"
                                        + " and deadline < ?1 order by deadline",
                                UUID.class)
                        .setParameter(1, now)
                        .setMaxResults(limit)
                        .getResultList());
    }

    /**
     * Marks a request breached unless it was entered or marked meanwhile: 1 when this call marked it. A second
     * instance doing the same waits for the row and then finds nothing to mark.
     */
    public Uni<Integer> markBreached(UUID id, Instant now) {
        return update("breachedAt = ?1 where id = ?2 and breachedAt is null and orderId is null", now, id);
    }
}

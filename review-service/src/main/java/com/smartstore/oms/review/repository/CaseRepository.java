package com.smartstore.oms.review.repository;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import com.smartstore.oms.review.domain.CaseHistoryEntry;
import com.smartstore.oms.review.domain.CaseStatus;
import com.smartstore.oms.review.domain.ExceptionCase;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Exception cases and their history. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<ExceptionCase, UUID> {

    public Uni<ExceptionCase> byExceptionId(UUID exceptionId) {
        return find("exceptionId", exceptionId).firstResult();
    }

    /** The case's steps, oldest first. */
    public Uni<List<CaseHistoryEntry>> history(UUID caseId) {
        return getSession()
                .chain(s -> s.createQuery(
                                "from CaseHistoryEntry where caseId = ?1 order by at, id", CaseHistoryEntry.class)
                        .setParameter(1, caseId)
                        .getResultList());
    }

    /** Assigned cases past their deadline and not yet escalated, locked; rows another instance holds are skipped. */
    public Uni<List<ExceptionCase>> lockOverdueUnescalated(Instant now, int limit) {
        return getSession()
                .chain(s -> s.createNativeQuery(
                                "select * from exception_case where status = 'ASSIGNED' and escalated_at is null"
                                        + " and deadline < :now order by deadline limit :limit for update skip locked",
                                ExceptionCase.class)
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .getResultList());
    }

    /** Newest first, narrowed by the filter. */
    public Uni<Page<ExceptionCase>> page(CaseFilter filter, int page, int size) {
        return where(filter).pageWithTotal(this, Sort.descending("openedAt", "id"), page, size);
    }

    private static Where where(CaseFilter filter) {
        Where where = new Where()
                .equal("status", filter.status())
                .equal("type", filter.type())
                .equal("owner", filter.owner())
                .equal("orderId", filter.orderId());
        if (filter.overdue() != null) {
            String overdue = "(status = :assigned and deadline < :now)";
            where.and(
                    filter.overdue() ? overdue : "not " + overdue,
                    "assigned",
                    CaseStatus.ASSIGNED,
                    "now",
                    filter.now());
        }
        return where;
    }
}

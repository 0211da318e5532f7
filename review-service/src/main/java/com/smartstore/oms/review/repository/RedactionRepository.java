package com.smartstore.oms.review.repository;

import com.smartstore.oms.review.domain.CaseHistoryEntry;
import com.smartstore.oms.review.domain.ExceptionCase;
import com.smartstore.oms.review.domain.ReviewNote;
import com.smartstore.oms.review.domain.ReviewRuleResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The rows of an order's free text that an erasure scrubs, in the caller's transaction (the marker and parked events:
 * the kit's {@code RedactedOrders}).
 */
@ApplicationScoped
public class RedactionRepository {

    public Uni<List<ReviewNote>> notes(Collection<UUID> reviewIds) {
        return Panache.getSession()
                .chain(s -> s.createQuery("from ReviewNote where reviewId in ?1", ReviewNote.class)
                        .setParameter(1, reviewIds)
                        .getResultList());
    }

    public Uni<List<ReviewRuleResult>> results(Collection<UUID> reviewIds) {
        return Panache.getSession()
                .chain(s -> s.createQuery("from ReviewRuleResult where reviewId in ?1", ReviewRuleResult.class)
                        .setParameter(1, reviewIds)
                        .getResultList());
    }

    public Uni<List<ExceptionCase>> cases(UUID orderId) {
        return Panache.getSession()
                .chain(s -> s.createQuery("from ExceptionCase where orderId = ?1", ExceptionCase.class)
                        .setParameter(1, orderId)
                        .getResultList());
    }

    public Uni<List<CaseHistoryEntry>> history(Collection<UUID> caseIds) {
        return Panache.getSession()
                .chain(s -> s.createQuery("from CaseHistoryEntry where caseId in ?1", CaseHistoryEntry.class)
                        .setParameter(1, caseIds)
                        .getResultList());
    }
}

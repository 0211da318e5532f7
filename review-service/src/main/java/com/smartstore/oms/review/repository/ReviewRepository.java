package com.smartstore.oms.review.repository;

import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.domain.ReviewLine;
import com.smartstore.oms.review.domain.ReviewRuleResult;
import com.smartstore.oms.review.domain.ReviewStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reviews with their lines and rule results. */
@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    /** The highest revision of the order reviewed so far, or null if none was. */
    public Uni<Integer> latestRevision(UUID orderId) {
        return getSession()
                .chain(s -> s.createQuery("select max(revision) from Review where orderId = ?1", Integer.class)
                        .setParameter(1, orderId)
                        .getSingleResultOrNull());
    }

    /** Reviews of older revisions of the order that still wait for a decision. */
    public Uni<List<Review>> pendingBefore(UUID orderId, int revision) {
        return list("orderId = ?1 and revision < ?2 and status = ?3", orderId, revision, ReviewStatus.PENDING);
    }

    /** Newest first, optionally only one status and/or one order. */
    public Uni<List<Review>> page(ReviewStatus status, UUID orderId, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (orderId != null) {
            where.add("orderId = :orderId");
            params.put("orderId", orderId);
        }
        Sort newestFirst = Sort.descending("createdAt", "revision");
        return (where.isEmpty() ? findAll(newestFirst) : find(String.join(" and ", where), newestFirst, params))
                .page(Page.of(page, size))
                .list();
    }

    public Uni<List<ReviewLine>> lines(UUID reviewId) {
        return getSession()
                .chain(s -> s.createQuery("from ReviewLine where reviewId = ?1 order by lineNo", ReviewLine.class)
                        .setParameter(1, reviewId)
                        .getResultList());
    }

    /** Rule results of these reviews, in the order the rules ran. */
    public Uni<List<ReviewRuleResult>> results(Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession()
                .chain(s -> s.createQuery(
                                "from ReviewRuleResult where reviewId in ?1 order by reviewId, position",
                                ReviewRuleResult.class)
                        .setParameter(1, reviewIds)
                        .getResultList());
    }
}

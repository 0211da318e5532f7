package com.smartstore.oms.review.repository;

import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.domain.ReviewLine;
import com.smartstore.oms.review.domain.ReviewNote;
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

    private static final List<ReviewStatus> OPEN = List.of(ReviewStatus.PENDING, ReviewStatus.AWAITING_CONFIRMATION);

    /** Reviews of older revisions of the order that still wait for a person. */
    public Uni<List<Review>> pendingBefore(UUID orderId, int revision) {
        return list("orderId = ?1 and revision < ?2 and status in ?3", orderId, revision, OPEN);
    }

    /** Newest first, narrowed by the filter. */
    public Uni<List<Review>> page(ReviewFilter filter, int page, int size) {
        Where where = where(filter);
        Sort newestFirst = Sort.descending("createdAt", "revision");
        return (where.isEmpty() ? findAll(newestFirst) : find(where.query(), newestFirst, where.params()))
                .page(Page.of(page, size))
                .list();
    }

    /** How many reviews the filter matches over all pages. */
    public Uni<Long> count(ReviewFilter filter) {
        Where where = where(filter);
        return where.isEmpty() ? count() : count(where.query(), where.params());
    }

    private record Where(List<String> clauses, Map<String, Object> params) {
        boolean isEmpty() {
            return clauses.isEmpty();
        }

        String query() {
            return String.join(" and ", clauses);
        }
    }

    private static Where where(ReviewFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.orderId() != null) {
            where.add("orderId = :orderId");
            params.put("orderId", filter.orderId());
        }
        if (filter.rule() != null) {
            where.add("id in (select r.reviewId from ReviewRuleResult r where r.rule = :rule and r.passed = false)");
            params.put("rule", filter.rule());
        }
        if (filter.overdue() != null) {
            String overdue = "(status in :open and dueAt < :now)";
            where.add(filter.overdue() ? overdue : "not " + overdue);
            params.put("open", OPEN);
            params.put("now", filter.now());
        }
        if (filter.assignee() != null) {
            where.add("assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.channel() != null) {
            where.add("channel = :channel");
            params.put("channel", filter.channel());
        }
        return new Where(where, params);
    }

    /** The notes on a review, oldest first. */
    public Uni<List<ReviewNote>> notes(UUID reviewId) {
        return getSession()
                .chain(s -> s.createQuery(
                                "from ReviewNote where reviewId = ?1 order by createdAt, id", ReviewNote.class)
                        .setParameter(1, reviewId)
                        .getResultList());
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

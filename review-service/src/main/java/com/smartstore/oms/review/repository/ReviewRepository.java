package com.smartstore.oms.review.repository;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import com.smartstore.oms.review.domain.EarlierOrder;
import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.domain.ReviewLine;
import com.smartstore.oms.review.domain.ReviewNote;
import com.smartstore.oms.review.domain.ReviewRuleResult;
import com.smartstore.oms.review.domain.ReviewStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reviews with their lines and rule results. */
@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    /**
     * Serialises the caller's transaction with every other one that handles events of this order (an advisory
     * lock until commit): a parked event and the order-received that releases it cannot miss each other.
     */
    public Uni<Void> lockOrder(UUID orderId) {
        return getSession()
                .chain(s -> s.createNativeQuery(
                                "select 1 from (select pg_advisory_xact_lock(:key)) locked", Integer.class)
                        .setParameter("key", orderId.getMostSignificantBits() ^ orderId.getLeastSignificantBits())
                        .getSingleResult())
                .replaceWithVoid();
    }

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

    /**
     * Open reviews past their deadline and not yet escalated, locked for this transaction; rows another
     * instance is escalating right now are skipped, not waited for.
     */
    public Uni<List<Review>> lockOverdueUnescalated(Instant now, int limit) {
        return getSession()
                .chain(s -> s.createNativeQuery(
                                "select * from review where status in ('PENDING', 'AWAITING_CONFIRMATION')"
                                        + " and escalated_at is null and due_at < :now"
                                        + " order by due_at limit :limit for update skip locked",
                                Review.class)
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .getResultList());
    }

    /**
     * The customer's other orders received since {@code since}, one row per reviewed revision; rejected and
     * cancelled ones are left out, as they will not ship.
     */
    public Uni<List<EarlierOrder>> recentOrdersOf(String pseudonym, UUID exceptOrder, Instant since) {
        return getSession()
                .chain(s -> s.createQuery(
                                "select r.orderId, r.orderNumber, r.customerPseudonym, r.orderReceivedAt, r.itemsKey"
                                        + " from Review r where r.customerPseudonym = ?1 and r.orderId <> ?2"
                                        + " and r.orderReceivedAt >= ?3 and r.itemsKey is not null and r.status not in ?4",
                                Object[].class)
                        .setParameter(1, pseudonym)
                        .setParameter(2, exceptOrder)
                        .setParameter(3, since)
                        .setParameter(4, List.of(ReviewStatus.REJECTED, ReviewStatus.CANCELLED))
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new EarlierOrder(
                                (UUID) r[0], (String) r[1], (String) r[2], (Instant) r[3], (String) r[4]))
                        .toList());
    }

    /** The newest review of the order, or null. */
    public Uni<Review> latestOf(UUID orderId) {
        return find("orderId = ?1 order by revision desc, createdAt desc", orderId)
                .firstResult();
    }

    /** Reviews of the order that still wait for a person. */
    public Uni<List<Review>> openOf(UUID orderId) {
        return list("orderId = ?1 and status in ?2", orderId, OPEN);
    }

    /** Newest first, narrowed by the filter. */
    public Uni<Page<Review>> page(ReviewFilter filter, int page, int size) {
        return where(filter).pageWithTotal(this, Sort.descending("createdAt", "revision"), page, size);
    }

    private static Where where(ReviewFilter filter) {
        Where where = new Where()
                .equal("status", filter.status())
                .equal("orderId", filter.orderId())
                .equal("assignee", filter.assignee())
                .equal("channel", filter.channel());
        if (filter.rule() != null) {
            where.and(
                    "id in (select r.reviewId from ReviewRuleResult r where r.rule = :rule and r.passed = false)",
                    "rule",
                    filter.rule());
        }
        if (filter.overdue() != null) {
            String overdue = "(status in :open and dueAt < :now)";
            where.and(filter.overdue() ? overdue : "not " + overdue, "open", OPEN, "now", filter.now());
        }
        if (filter.escalated() != null) {
            where.and(filter.escalated() ? "escalatedAt is not null" : "escalatedAt is null");
        }
        return where;
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

package com.smartstore.oms.review.repository;

import com.smartstore.oms.review.domain.CaseHistoryEntry;
import com.smartstore.oms.review.domain.ExceptionCase;
import com.smartstore.oms.review.domain.ReviewNote;
import com.smartstore.oms.review.domain.ReviewRuleResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The redaction markers ({@code redacted_order}) and the rows of an order's free text that an erasure scrubs, all in
 * the caller's transaction.
 */
@ApplicationScoped
public class RedactionRepository {

    /** A parked event's id and JSON body. */
    public record ParkedPayload(long seq, String payload) {}

    /** Marks the order redacted by this request; says whether it was not marked before. */
    public Uni<Boolean> mark(UUID orderId, UUID requestId, String reason, Instant redactedAt) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("insert into redacted_order (order_id, request_id, reason, redacted_at)"
                                + " values (:order, :request, :reason, :at) on conflict do nothing")
                        .setParameter("order", orderId)
                        .setParameter("request", requestId)
                        .setParameter("reason", reason)
                        .setParameter("at", redactedAt)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    public Uni<Boolean> isRedacted(UUID orderId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select count(*) from redacted_order where order_id = :order", Long.class)
                        .setParameter("order", orderId)
                        .getSingleResult())
                .map(count -> count > 0);
    }

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

    /** The events parked for the order by these consumers (bodies as stored). */
    public Uni<List<ParkedPayload>> parked(UUID orderId, Collection<String> consumers) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select seq, payload from parked_event where event_key = :key and consumer in (:consumers)",
                                Object[].class)
                        .setParameter("key", orderId.toString())
                        .setParameter("consumers", consumers)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new ParkedPayload(((Number) r[0]).longValue(), (String) r[1]))
                        .toList());
    }

    public Uni<Void> replaceParked(long seq, String payload) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("update parked_event set payload = :payload where seq = :seq")
                        .setParameter("payload", payload)
                        .setParameter("seq", seq)
                        .executeUpdate())
                .replaceWithVoid();
    }
}

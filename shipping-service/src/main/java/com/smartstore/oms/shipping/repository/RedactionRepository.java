package com.smartstore.oms.shipping.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The redaction markers ({@code redacted_order}) and the parked events an erasure rewrites, in the caller's transaction. */
@ApplicationScoped
public class RedactionRepository {

    /** A parked event's row and JSON body. */
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

    /** The events this consumer parked for the order (bodies as stored). */
    public Uni<List<ParkedPayload>> parked(UUID orderId, String consumer) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select seq, payload from parked_event where event_key = :key and consumer = :consumer",
                                Object[].class)
                        .setParameter("key", orderId.toString())
                        .setParameter("consumer", consumer)
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

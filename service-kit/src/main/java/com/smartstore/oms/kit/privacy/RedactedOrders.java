package com.smartstore.oms.kit.privacy;

import com.smartstore.oms.contracts.events.CustomerRedacted;
import com.smartstore.oms.kit.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * The erasure of a customer's personal data from a service's copies of the orders a {@code customer-redacted} lists
 * (issue 10), for every service that keeps such data; all in the caller's (the inbox's) transaction. The service says
 * how to lock an order and what to erase of it; this marks each order in {@code redacted_order}, also one the service
 * has not heard of yet, erases the outbox's copies of the orders' sent events, and lets each later transaction that
 * stores an event of a marked order erase it again ({@link #eraseIfRedacted}), so a late or replayed event never
 * brings the data back.
 *
 * <p>The service's own migration creates the table (order_id uuid primary key, request_id uuid, reason text,
 * redacted_at timestamptz, recorded_at timestamptz default now()): services that keep no personal data have none.
 */
@ApplicationScoped
public class RedactedOrders {
    private static final Logger LOG = Logger.getLogger(RedactedOrders.class);

    private final Outbox outbox;

    public RedactedOrders(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A parked event's row and JSON body. */
    public record ParkedPayload(long seq, String payload) {}

    /**
     * Locks, marks and erases each listed order in turn, in UUID order (two requests naming the same orders never
     * wait on each other's locks in a cycle), then drops the outbox's sent copies of the orders' events.
     */
    public Uni<Void> redact(CustomerRedacted event, Function<UUID, Uni<?>> lock, Function<UUID, Uni<Void>> erase) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID orderId : new TreeSet<>(event.orderIds())) {
            chain = chain.chain(() -> lock.apply(orderId))
                    .chain(() -> mark(orderId, event))
                    .chain(() -> erase.apply(orderId));
        }
        // The orders' events already sent keep their copies (reasons, explanations) until retention: erased too.
        return chain.chain(() -> outbox.forgetPublished(
                        event.orderIds().stream().map(UUID::toString).toList()))
                .invoke(() -> LOG.infof(
                        "privacy request %s: personal data of %d order(s) erased",
                        event.requestId(), event.orderIds().size()))
                .replaceWithVoid();
    }

    /**
     * Erases the order's personal data again if it was redacted: the last step of every transaction that stores an
     * event of the order.
     */
    public Uni<Void> eraseIfRedacted(UUID orderId, Function<UUID, Uni<Void>> erase) {
        return isRedacted(orderId)
                .chain(redacted ->
                        redacted ? erase.apply(orderId) : Uni.createFrom().voidItem());
    }

    /** Whether the customer's personal data of the order was erased (or is to be, once the order arrives). */
    public Uni<Boolean> isRedacted(UUID orderId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select count(*) from redacted_order where order_id = :order", Long.class)
                        .setParameter("order", orderId)
                        .getSingleResult())
                .map(count -> count > 0);
    }

    /**
     * Rewrites the bodies of the events these consumers parked for the order (waiting for the order itself), e.g.
     * without address and contact; a body the rewrite leaves as it is is not written.
     */
    public Uni<Void> rewriteParked(UUID orderId, Collection<String> consumers, UnaryOperator<String> rewrite) {
        return parked(orderId, consumers).chain(rows -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (ParkedPayload row : rows) {
                String rewritten = rewrite.apply(row.payload());
                if (!rewritten.equals(row.payload())) {
                    chain = chain.chain(() -> replaceParked(row.seq(), rewritten));
                }
            }
            return chain;
        });
    }

    private static Uni<Void> mark(UUID orderId, CustomerRedacted event) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("insert into redacted_order (order_id, request_id, reason, redacted_at)"
                                + " values (:order, :request, :reason, :at) on conflict do nothing")
                        .setParameter("order", orderId)
                        .setParameter("request", event.requestId())
                        .setParameter("reason", event.reason())
                        .setParameter("at", event.redactedAt())
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static Uni<List<ParkedPayload>> parked(UUID orderId, Collection<String> consumers) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select seq, payload from parked_event where event_key = :key"
                                        + " and consumer in (:consumers) order by seq",
                                Object[].class)
                        .setParameter("key", orderId.toString())
                        .setParameter("consumers", List.copyOf(consumers))
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new ParkedPayload(((Number) r[0]).longValue(), (String) r[1]))
                        .toList());
    }

    private static Uni<Void> replaceParked(long seq, String payload) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("update parked_event set payload = :payload where seq = :seq")
                        .setParameter("payload", payload)
                        .setParameter("seq", seq)
                        .executeUpdate())
                .replaceWithVoid();
    }
}

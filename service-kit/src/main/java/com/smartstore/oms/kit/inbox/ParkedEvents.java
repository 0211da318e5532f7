package com.smartstore.oms.kit.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.Severity;
import com.smartstore.oms.kit.outbox.Outbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Events that arrived before what they refer to (an amendment before its order, a payment before the order it
 * pays): a consumer parks them instead of dropping them, and releases them when the predecessor arrives, to apply
 * them in arrival order. Parking and releasing run inside the consumer's inbox transaction, so a crash parks or
 * applies each event exactly once. An event parked longer than {@code oms.inbox.park-alert-after} is reported once:
 * an ERROR log, the {@code oms.inbox.parked.overdue} gauge, and an {@code order-exception} detection (DATA_ERROR,
 * {@code EVENT_PARKED_TOO_LONG}) that opens a case, so it is never silently lost.
 */
@ApplicationScoped
public class ParkedEvents {
    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);

    private final Outbox outbox;
    private final Duration alertAfter;
    private final String service;
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong overdue = new AtomicLong();

    public ParkedEvents(
            Outbox outbox,
            MeterRegistry registry,
            @ConfigProperty(name = "oms.inbox.park-alert-after", defaultValue = "PT15M") Duration alertAfter,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.outbox = outbox;
        this.alertAfter = alertAfter;
        this.service = service;
        Gauge.builder("oms.inbox.parked", parked, AtomicLong::get)
                .description("Events parked until the event they refer to arrives")
                .register(registry);
        Gauge.builder("oms.inbox.parked.overdue", overdue, AtomicLong::get)
                .description("Parked events that waited longer than oms.inbox.park-alert-after")
                .register(registry);
    }

    /**
     * Parks {@code event} for {@code key} (usually the order id) inside the caller's transaction; parking the same
     * event twice keeps one row.
     *
     * @param waitingFor what it waits for, for people reading the table or the alert, e.g. {@code order-received}
     */
    public Uni<Void> park(String consumer, String key, IncomingEvent<?> event, String waitingFor) {
        String payload;
        try {
            payload = EventJson.mapper().writeValueAsString(event.payload());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new PermanentEventFailure("cannot park " + event.id(), e));
        }
        LOG.infof("%s: parking %s %s for %s until %s arrives", consumer, event.type(), event.id(), key, waitingFor);
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("insert into parked_event (consumer, event_key, event_id,"
                                + " ce_type, ce_source, ce_time, ce_subject, payload, waiting_for)"
                                + " values (:consumer, :key, :id, :type, :source, :time, :subject, :payload, :waitingFor)"
                                + " on conflict do nothing")
                        .setParameter("consumer", consumer)
                        .setParameter("key", key)
                        .setParameter("id", event.id())
                        .setParameter("type", event.type())
                        .setParameter("source", event.source())
                        .setParameter("time", DateTimeFormatter.ISO_INSTANT.format(event.time()))
                        .setParameter("subject", event.subject())
                        .setParameter("payload", payload)
                        .setParameter("waitingFor", waitingFor)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Removes and returns what {@code consumer} parked for {@code key}, oldest first, inside the caller's
     * transaction: the caller applies them in that transaction, so a rollback parks them again.
     */
    public Uni<List<ParkedEvent>> release(String consumer, String key) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "delete from parked_event where consumer = :consumer and event_key = :key"
                                        + " returning seq, event_id, ce_type, ce_source, ce_time, ce_subject, payload,"
                                        + " waiting_for",
                                Object[].class)
                        .setParameter("consumer", consumer)
                        .setParameter("key", key)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new ParkedEvent(
                                ((Number) r[0]).longValue(),
                                consumer,
                                key,
                                (String) r[1],
                                (String) r[2],
                                (String) r[3],
                                (String) r[4],
                                (String) r[5],
                                (String) r[6],
                                (String) r[7]))
                        .sorted(Comparator.comparingLong(ParkedEvent::seq))
                        .toList())
                .invoke(events -> {
                    if (!events.isEmpty()) {
                        LOG.infof("%s: applying %d parked event(s) for %s", consumer, events.size(), key);
                    }
                });
    }

    /**
     * Reports parked events that waited too long, once each, and refreshes the gauges. Safe with several
     * instances: rows are locked with SKIP LOCKED and marked in the transaction that stages the detection.
     */
    @Scheduled(
            identity = "kit-parked-event-check",
            every = "${oms.inbox.park-check-interval:60s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        return reportOverdue(Instant.now())
                .onFailure()
                .invoke(e -> LOG.warnf("parked-event check failed, retried next time: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Reports what has waited longer than the alert window at {@code now}; returns how many it reported. */
    public Uni<Integer> reportOverdue(Instant now) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "update parked_event set reported_at = now() where seq in (select seq from parked_event"
                                        + " where reported_at is null and parked_at < :before order by seq limit 100"
                                        + " for update skip locked)"
                                        + " returning consumer, event_key, event_id, ce_type, waiting_for,"
                                        + " parked_at::text",
                                Object[].class)
                        .setParameter("before", now.minus(alertAfter))
                        .getResultList())
                .call(rows -> {
                    Uni<Void> reports = Uni.createFrom().voidItem();
                    for (Object[] row : rows) {
                        reports = reports.call(() -> report(row, now));
                    }
                    return reports;
                })
                .call(() -> refreshGauges(now))
                .map(List::size));
    }

    private Uni<Void> report(Object[] row, Instant now) {
        String consumer = (String) row[0];
        String key = (String) row[1];
        LOG.errorf(
                "%s: event %s (%s) for %s has waited since %s for %s; it is reported as an exception",
                consumer, row[2], row[3], key, row[5], row[4]);
        UUID orderId;
        try {
            orderId = UUID.fromString(key);
        } catch (IllegalArgumentException notAnOrder) {
            return Uni.createFrom().voidItem();
        }
        return outbox.add(OrderException.detected(
                orderId,
                null,
                ExceptionType.DATA_ERROR,
                Severity.HIGH,
                "EVENT_PARKED_TOO_LONG",
                "A " + row[3] + " event for this order has waited since " + row[5] + " for " + row[4] + " in "
                        + consumer + "; find out why that never arrived",
                Map.of("consumer", consumer, "eventId", (String) row[2], "waitingFor", (String) row[4]),
                service,
                now));
    }

    private Uni<Void> refreshGauges(Instant now) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select count(*), count(*) filter (where parked_at < :before) from parked_event",
                                Object[].class)
                        .setParameter("before", now.minus(alertAfter))
                        .getSingleResult())
                .invoke(r -> {
                    parked.set(((Number) r[0]).longValue());
                    overdue.set(((Number) r[1]).longValue());
                })
                .replaceWithVoid();
    }
}

package com.smartstore.oms.kit.inbox;

import com.smartstore.oms.contracts.CloudEventHeaders;
import com.smartstore.oms.contracts.EventType;
import com.smartstore.oms.contracts.OmsEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * The idempotent inbox: runs a consumer's handler in one transaction together with the insert of
 * {@code (consumer, event id)} into {@code processed_event}, so a redelivered event changes state once.
 *
 * <p>Use it from an {@code @Incoming} method that takes the {@code ConsumerRecord} and returns the
 * {@code Uni}: the record is acknowledged (its offset committed) only after the transaction committed.
 * Failures are sorted by {@link Failures}: transient ones (database down, refusing connections, timing
 * out, concurrent transactions) are retried with back-off for as long as they last, and readiness reports
 * the consumer DOWN meanwhile; a {@link PermanentEventFailure} fails at once, and an unexpected failure
 * after {@code oms.inbox.retries} retries: the channel's dead-letter strategy then sends the record to
 * {@code <topic>.dlq}, the partition moves on, and the event is flagged in {@code dead_lettered_event}
 * (see {@link #hasDeadLettered}) until a replay processes it.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);

    /** A consumer retrying a transient failure: since when, on which event, and why. */
    public record Stuck(Instant since, String eventId, String lastError) {}

    private final InboxConfig config;
    private final MeterRegistry registry;
    private final Map<String, Stuck> stuck = new ConcurrentHashMap<>();

    public Inbox(InboxConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    public <T extends OmsEvent> Uni<Void> handle(
            String consumer,
            ConsumerRecord<String, String> record,
            EventType<T> type,
            Function<IncomingEvent<T>, Uni<Void>> handler) {
        IncomingEvent<T> event;
        try {
            event = IncomingEvent.parse(record, type);
        } catch (PermanentEventFailure e) {
            LOG.warnf(
                    "%s: dead-lettering %s-%d@%d: %s",
                    consumer, record.topic(), record.partition(), record.offset(), e.getMessage());
            return flagDeadLettered(consumer, record, eventIdOf(record), e)
                    .chain(() -> Uni.createFrom().failure(e));
        }
        AtomicInteger unexpected = new AtomicInteger();
        return jitter(consumer, event.id())
                .chain(() -> Panache.withTransaction(() -> claim(consumer, event.id())
                        .chain(fresh -> fresh
                                ? noteOvertaking(consumer, record.key(), event).chain(() -> handler.apply(event))
                                : skipDuplicate(consumer, event))))
                .onFailure()
                .transform(e -> decide(consumer, event, e, unexpected))
                .onFailure(Retry.class)
                .retry()
                .withBackOff(config.initialBackoff(), config.maxBackoff())
                .indefinitely()
                .onItemOrFailure()
                .transformToUni((ok, failure) -> {
                    stuck.remove(consumer);
                    if (failure == null) {
                        return Uni.createFrom().voidItem();
                    }
                    LOG.errorf(failure, "%s: dead-lettering event %s (%s)", consumer, event.id(), event.type());
                    return flagDeadLettered(consumer, record, event.id(), failure)
                            .chain(() -> Uni.createFrom().failure(failure));
                });
    }

    /**
     * The configured test jitter ({@code oms.inbox.jitter-max}), back on the caller's Vert.x context so the
     * transaction runs where Hibernate Reactive expects it; nothing when it is not configured.
     */
    private Uni<Void> jitter(String consumer, String eventId) {
        long max = config.jitterMax().map(Duration::toMillis).orElse(0L);
        if (max <= 0) {
            return Uni.createFrom().voidItem();
        }
        long millis = Math.floorMod(Objects.hash(config.jitterSeed(), consumer, eventId), max + 1);
        if (millis == 0) {
            return Uni.createFrom().voidItem(); // Mutiny refuses a zero delay
        }
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        Uni<Void> delayed = Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(millis));
        return context == null ? delayed : delayed.emitOn(task -> context.runOnContext(v -> task.run()));
    }

    /** Turns a failure into a retry signal, or lets it through to the dead-letter topic. */
    private Throwable decide(String consumer, IncomingEvent<?> event, Throwable failure, AtomicInteger unexpected) {
        switch (Failures.classify(failure)) {
            case TRANSIENT -> {
                Stuck before = stuck.putIfAbsent(consumer, new Stuck(Instant.now(), event.id(), describe(failure)));
                if (before != null) {
                    stuck.put(consumer, new Stuck(before.since(), event.id(), describe(failure)));
                }
                LOG.warnf(
                        "%s: transient failure on %s, retrying until it works: %s",
                        consumer, event.id(), describe(failure));
                return new Retry(failure);
            }
            case UNEXPECTED -> {
                if (unexpected.incrementAndGet() <= config.retries()) {
                    LOG.warnf("%s: failure on %s, retry %d: %s", consumer, event.id(), unexpected.get(), failure);
                    return new Retry(failure);
                }
                return failure;
            }
            default -> {
                return failure;
            }
        }
    }

    /** Consumers retrying a transient failure right now, by consumer name. */
    public Map<String, Stuck> stuck() {
        return Map.copyOf(stuck);
    }

    /**
     * Whether this consumer dead-lettered an event with this key that has not been processed since: a
     * handler of a later event of the same order can park it or raise an exception case instead of
     * applying it over the gap. Runs in the current Hibernate Reactive session.
     */
    public Uni<Boolean> hasDeadLettered(String consumer, String key) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select count(*) from dead_lettered_event where consumer = :consumer and event_key = :key",
                                Long.class)
                        .setParameter("consumer", consumer)
                        .setParameter("key", key)
                        .getSingleResult())
                .map(count -> count > 0);
    }

    private static Uni<Boolean> claim(String consumer, String eventId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into processed_event (consumer, event_id) values (:consumer, :eventId)"
                                        + " on conflict do nothing")
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", eventId)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /**
     * Clears this event's dead-letter flag (a replay processed it) and warns when an earlier event of the
     * same key is still dead-lettered: this one overtakes it, which the handler may want to know.
     */
    private Uni<Void> noteOvertaking(String consumer, String key, IncomingEvent<?> event) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                with resolved as (delete from dead_lettered_event where consumer = :consumer and event_id = :eventId)
                                select count(*) from dead_lettered_event
                                 where consumer = :consumer and event_key = :key and event_id <> :eventId""", Long.class)
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", event.id())
                        .setParameter("key", key == null ? "" : key)
                        .getSingleResult())
                .invoke(earlier -> {
                    if (earlier > 0) {
                        LOG.warnf(
                                "%s: event %s (%s) of key %s overtakes %d dead-lettered event(s) of the same key",
                                consumer, event.id(), event.type(), key, earlier);
                        counter(
                                        "oms.inbox.overtaking",
                                        "Events handled while an earlier one of their key is dead-lettered",
                                        consumer)
                                .increment();
                    }
                })
                .replaceWithVoid();
    }

    /** Records the dead-lettered event; best effort, it never stops the record from reaching the DLQ. */
    private Uni<Void> flagDeadLettered(
            String consumer, ConsumerRecord<String, String> record, String eventId, Throwable reason) {
        counter("oms.inbox.dead-lettered", "Events sent to a dead-letter topic", consumer)
                .increment();
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(
                                        "insert into dead_lettered_event (consumer, event_id, event_key, topic, reason)"
                                                + " values (:consumer, :eventId, :key, :topic, :reason) on conflict do nothing")
                                .setParameter("consumer", consumer)
                                .setParameter("eventId", eventId)
                                .setParameter("key", record.key())
                                .setParameter("topic", record.topic())
                                .setParameter("reason", describe(reason))
                                .executeUpdate()))
                .replaceWithVoid()
                .onFailure()
                .recoverWithItem(e -> {
                    LOG.errorf("%s: could not flag dead-lettered event %s: %s", consumer, eventId, e.getMessage());
                    return null;
                });
    }

    private static String eventIdOf(ConsumerRecord<String, String> record) {
        Header id = record.headers().lastHeader(CloudEventHeaders.ID);
        return id != null && id.value() != null
                ? new String(id.value(), StandardCharsets.UTF_8)
                : record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private Uni<Void> skipDuplicate(String consumer, IncomingEvent<?> event) {
        LOG.debugf("%s: skipping duplicate event %s", consumer, event.id());
        duplicates(consumer).increment();
        return Uni.createFrom().voidItem();
    }

    /** Counts events the inbox skipped because this consumer had processed them already. */
    public Counter duplicates(String consumer) {
        return counter("oms.inbox.duplicates", "Redelivered events skipped by the idempotent inbox", consumer);
    }

    private Counter counter(String name, String description, String consumer) {
        return Counter.builder(name)
                .description(description)
                .tag("consumer", consumer)
                .register(registry);
    }

    /** Failures that go away by themselves: see {@link Failures}. */
    static boolean isTransient(Throwable failure) {
        return Failures.classify(failure) == Failures.Kind.TRANSIENT;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root == failure ? failure.toString() : failure + " (cause: " + root + ")";
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    /** Marks a failure the inbox retries; never leaves the inbox. */
    private static final class Retry extends RuntimeException {
        Retry(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}

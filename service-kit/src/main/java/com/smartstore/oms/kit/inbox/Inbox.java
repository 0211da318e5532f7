package com.smartstore.oms.kit.inbox;

import com.smartstore.oms.contracts.EventType;
import com.smartstore.oms.contracts.OmsEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.net.ConnectException;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The idempotent inbox: runs a consumer's handler in one transaction together with the insert of
 * {@code (consumer, event id)} into {@code processed_event}, so a redelivered event changes state once.
 *
 * <p>Use it from an {@code @Incoming} method that takes the {@code ConsumerRecord} and returns the
 * {@code Uni}: the record is acknowledged (its offset committed) only after the transaction committed.
 * Transient failures (database or network down, serialisation conflicts) are retried in place for as
 * long as they last; a {@link PermanentEventFailure} fails at once, and any other failure after
 * {@code oms.inbox.retries} retries: the channel's dead-letter strategy then sends the record to
 * {@code <topic>.dlq} and the partition moves on.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final InboxConfig config;
    private final MeterRegistry registry;

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
            return Uni.createFrom().failure(e);
        }
        return Uni.createFrom()
                .deferred(() -> Panache.withTransaction(() -> claim(consumer, event.id())
                        .chain(fresh -> fresh ? handler.apply(event) : skipDuplicate(consumer, event))))
                .onFailure(Inbox::isTransient)
                .invoke(e ->
                        LOG.warnf("%s: transient failure on %s, retrying: %s", consumer, event.id(), e.getMessage()))
                .onFailure(Inbox::isTransient)
                .retry()
                .withBackOff(config.initialBackoff(), config.maxBackoff())
                .indefinitely()
                .onFailure(e -> !(e instanceof PermanentEventFailure))
                .retry()
                .withBackOff(config.initialBackoff(), config.maxBackoff())
                .atMost(config.retries())
                .onFailure()
                .invoke(e -> LOG.errorf(e, "%s: dead-lettering event %s (%s)", consumer, event.id(), event.type()));
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

    private Uni<Void> skipDuplicate(String consumer, IncomingEvent<?> event) {
        LOG.debugf("%s: skipping duplicate event %s", consumer, event.id());
        duplicates(consumer).increment();
        return Uni.createFrom().voidItem();
    }

    /** Counts events the inbox skipped because this consumer had processed them already. */
    public Counter duplicates(String consumer) {
        return Counter.builder("oms.inbox.duplicates")
                .description("Redelivered events skipped by the idempotent inbox")
                .tag("consumer", consumer)
                .register(registry);
    }

    /**
     * Failures that go away by themselves: connection trouble, deadlocks, serialisation conflicts, and
     * the connection pool closing while the service shuts down (the offset stays uncommitted, so the
     * event is redelivered after the restart instead of being dead-lettered).
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PermanentEventFailure) {
                return false;
            }
            if (t instanceof ConnectException
                    || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof io.vertx.sqlclient.ClosedConnectionException
                    || t instanceof OptimisticLockException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof io.vertx.core.impl.NoStackTraceThrowable && "Pool closed".equals(t.getMessage())) {
                return true;
            }
            if (t instanceof io.vertx.pgclient.PgException pg && isTransientSqlState(pg.getSqlState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean isTransientSqlState(String state) {
        return state != null
                && (state.startsWith("08") // connection exceptions
                        || state.equals("40001") // serialization failure
                        || state.equals("40P01") // deadlock
                        || state.startsWith("53") // insufficient resources
                        || state.startsWith("57P")); // server shutting down
    }
}

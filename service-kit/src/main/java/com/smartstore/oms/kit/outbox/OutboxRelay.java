package com.smartstore.oms.kit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks each one only after the broker
 * acknowledged it. One relay per database publishes at a time: the one holding a PostgreSQL
 * advisory lock on its own connection; the others stand by and take over when that connection dies.
 *
 * <p>It runs on one dedicated platform thread with plain JDBC on purpose: the loop blocks (waiting
 * for NOTIFY, for broker acknowledgements) and must never do so on a Vert.x event loop.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: any constant works, each service has its own database. */
    static final long LOCK_KEY = 0x6f6d735f6f7574L; // "oms_out"

    static final String NOTIFY_CHANNEL = "oms_outbox";

    private final OutboxConfig config;
    private final OutboxPublisher publisher;
    private final String jdbcUrl;
    private final Optional<String> user;
    private final Optional<String> password;
    private final Counter published;

    private volatile boolean running;
    private volatile boolean leader;
    private Thread thread;

    public OutboxRelay(
            OutboxConfig config,
            OutboxPublisher publisher,
            MeterRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.config = config;
        this.publisher = publisher;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.published = Counter.builder("oms.outbox.published")
                .description("Outbox events acknowledged by Kafka")
                .register(registry);
    }

    void start(@Observes StartupEvent ignored) {
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled (oms.outbox.relay-enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(10_000);
        }
    }

    /** True while this instance holds the lock and publishes. */
    public boolean isLeader() {
        return leader;
    }

    private void run() {
        Duration backoff = Duration.ofMillis(500);
        while (running) {
            try (Connection connection = connect()) {
                if (!tryLock(connection)) {
                    sleep(config.standbyInterval());
                    continue;
                }
                leader = true;
                LOG.info("outbox relay holds the lock and publishes");
                listen(connection);
                relayUntilStopped(connection);
                backoff = Duration.ofMillis(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("outbox relay: %s; retrying in %d ms", e.getMessage(), backoff.toMillis());
                    sleepQuietly(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0
                            ? Duration.ofSeconds(30)
                            : backoff.multipliedBy(2);
                }
            } finally {
                leader = false;
            }
        }
    }

    private void relayUntilStopped(Connection connection) throws SQLException, InterruptedException {
        Instant nextPurge = Instant.now();
        while (running) {
            int sent = publishBatch(connection);
            if (Instant.now().isAfter(nextPurge)) {
                purgePublished(connection);
                nextPurge = Instant.now().plus(Duration.ofMinutes(10));
            }
            if (sent < config.batchSize()) {
                awaitNotification(connection);
            }
        }
    }

    /** Sends one batch and marks what the broker acknowledged, in order; returns how many rows were read. */
    int publishBatch(Connection connection) throws SQLException, InterruptedException {
        List<PendingEvent> batch = OutboxStore.pending(connection, config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        OutboxPublisher.Result result = publisher.publish(batch);
        OutboxStore.markPublished(connection, result.acknowledged());
        published.increment(result.acknowledged().size());
        if (result.failure() != null) {
            throw new SQLException("Kafka did not acknowledge an outbox event", result.failure());
        }
        return batch.size();
    }

    private void purgePublished(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from outbox where published_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, config.retention().toSeconds());
            delete.executeUpdate();
        }
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl, user.orElse(null), password.orElse(null));
        connection.setAutoCommit(true);
        return connection;
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void listen(Connection connection) throws SQLException {
        try (Statement listen = connection.createStatement()) {
            listen.execute("listen " + NOTIFY_CHANNEL);
        }
    }

    private void awaitNotification(Connection connection) throws SQLException {
        // Blocks this dedicated thread until a commit notifies or the poll interval passes.
        connection.unwrap(PGConnection.class).getNotifications((int)
                config.pollInterval().toMillis());
    }

    private void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

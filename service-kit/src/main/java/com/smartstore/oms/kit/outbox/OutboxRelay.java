package com.smartstore.oms.kit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
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
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks each one only after the broker
 * acknowledged it. One relay per database publishes at a time: the one holding a PostgreSQL
 * advisory lock on its own connection; the others stand by and take over when that session ends.
 *
 * <p>The lock lives as long as the leader's database session, so the session must end quickly when the
 * leader dies: the connection has TCP keepalive, connect and socket timeouts, and PostgreSQL ends it
 * after {@code oms.outbox.leader-timeout} of silence ({@code idle_session_timeout}) even when the leader
 * vanished without closing it. The leader speaks at least every poll interval, also while it waits for
 * the broker.
 *
 * <p>Per key, publication order is commit order ({@link OutboxPublisher}); a row that fails for good is
 * parked (state, attempts, last error) with an ERROR log and the {@code oms.outbox.parked} metrics, and
 * holds the later rows of its key while every other key keeps flowing. A broker that is down is retried
 * with back-off, keeping the lock.
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
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final OutboxConfig config;
    private final OutboxPublisher publisher;
    private final String jdbcUrl;
    private final Optional<String> user;
    private final Optional<String> password;
    private final String name;
    private final Counter published;
    private final Counter parked;
    private final AtomicLong parkedRows = new AtomicLong();

    private volatile boolean running;
    private volatile boolean leader;
    private Thread thread;

    public OutboxRelay(
            OutboxConfig config,
            OutboxPublisher publisher,
            MeterRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.config = config;
        this.publisher = publisher;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.name = applicationName + "-outbox-relay";
        this.published = Counter.builder("oms.outbox.published")
                .description("Outbox events acknowledged by Kafka")
                .register(registry);
        this.parked = Counter.builder("oms.outbox.parked")
                .description("Outbox rows parked because they can never be sent as they stand")
                .register(registry);
        Gauge.builder("oms.outbox.parked.rows", parkedRows, AtomicLong::get)
                .description("Outbox rows parked now, waiting for an operator (GET /admin/outbox/parked)")
                .register(registry);
    }

    void start(@Observes StartupEvent ignored) {
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled (oms.outbox.relay-enabled=false)");
            return;
        }
        startRelay();
    }

    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        stopRelay();
    }

    synchronized void startRelay() {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stopRelay() throws InterruptedException {
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
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            try (Connection connection = connect()) {
                if (!tryLock(connection)) {
                    sleep(config.standbyInterval());
                    continue;
                }
                leader = true;
                LOG.infof("outbox relay %s holds the lock and publishes", name);
                listen(connection);
                backoff = FIRST_BACKOFF;
                relayUntilStopped(connection);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("outbox relay: %s; retrying in %d ms", e.getMessage(), backoff.toMillis());
                    sleepQuietly(backoff);
                    backoff = next(backoff);
                }
            } finally {
                leader = false;
            }
        }
    }

    private void relayUntilStopped(Connection connection) throws SQLException, InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        Instant nextCount = Instant.now();
        while (running) {
            Batch batch = publishBatch(connection);
            if (Instant.now().isAfter(nextCount)) {
                parkedRows.set(OutboxStore.parkedCount(connection));
                nextCount = Instant.now().plusSeconds(30);
            }
            if (batch.retryLater() != null) {
                LOG.warnf(
                        "outbox relay: Kafka did not acknowledge an event (%s); retrying in %d ms",
                        batch.retryLater(), backoff.toMillis());
                pause(connection, backoff);
                backoff = next(backoff);
                continue;
            }
            backoff = FIRST_BACKOFF;
            if (batch.read() < config.batchSize()) {
                awaitNotification(connection);
            }
        }
    }

    /** What one round trip did: rows read, and the failure to retry after a pause (null if none). */
    record Batch(int read, Exception retryLater) {}

    /** Sends one batch, marks what the broker acknowledged, parks what can never be sent. */
    Batch publishBatch(Connection connection) throws SQLException, InterruptedException {
        var batch = OutboxStore.pending(connection, config.batchSize());
        if (batch.isEmpty()) {
            return new Batch(0, null);
        }
        OutboxPublisher.Result result = publisher.publish(batch, () -> heartbeat(connection));
        OutboxStore.markPublished(connection, result.acknowledged());
        published.increment(result.acknowledged().size());
        Exception retryLater = null;
        for (Map.Entry<PendingEvent, Exception> failed : result.failed().entrySet()) {
            PendingEvent event = failed.getKey();
            String error = failed.getValue().toString();
            if (OutboxPublisher.isPermanent(failed.getValue())) {
                OutboxStore.park(connection, event, error);
                parked.increment();
                parkedRows.incrementAndGet();
                LOG.errorf(
                        "outbox relay: parked event %s (%s, key %s, outbox seq %d): it can never be sent as it"
                                + " stands: %s. Later events of key %s wait; retry or discard it with"
                                + " POST /admin/outbox/parked/%s/retry|discard",
                        event.id(), event.ceType(), event.key(), event.seq(), error, event.key(), event.id());
            } else {
                OutboxStore.recordFailure(connection, event, error);
                retryLater = failed.getValue();
            }
        }
        return new Batch(batch.size(), retryLater);
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        user.ifPresent(u -> props.setProperty("user", u));
        password.ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", name);
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty(
                "connectTimeout",
                Long.toString(Math.max(1, config.connectTimeout().toSeconds())));
        props.setProperty(
                "socketTimeout",
                Long.toString(Math.max(1, config.socketTimeout().toSeconds())));
        // Server side: end this session (and release the lock) when the leader falls silent or its peer vanishes.
        long silence = config.leaderTimeout().toMillis();
        props.setProperty(
                "options",
                "-c idle_session_timeout=" + silence + " -c tcp_keepalives_idle=" + Math.max(1, silence / 2000)
                        + " -c tcp_keepalives_interval=1 -c tcp_keepalives_count=3 -c tcp_user_timeout=" + silence);
        Connection connection = DriverManager.getConnection(jdbcUrl, props);
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

    /** Keeps the session from looking dead (idle_session_timeout) while the relay waits on Kafka. */
    private static void heartbeat(Connection connection) throws SQLException {
        try (Statement ping = connection.createStatement()) {
            ping.execute("select 1");
        }
    }

    private void awaitNotification(Connection connection) throws SQLException {
        // Blocks this dedicated thread until a commit notifies or the poll interval passes.
        connection.unwrap(PGConnection.class).getNotifications((int)
                config.pollInterval().toMillis());
    }

    /** Waits before a retry, speaking to the database every second so the lock stays ours. */
    private void pause(Connection connection, Duration duration) throws SQLException, InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        while (running && System.nanoTime() < end) {
            Thread.sleep(Math.min(1_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            heartbeat(connection);
        }
    }

    private Duration next(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
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

package com.smartstore.oms.kit.retention;

import com.smartstore.oms.kit.inbox.InboxConfig;
import com.smartstore.oms.kit.outbox.OutboxConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes what the inbox and outbox no longer need: {@code processed_event} rows older than
 * {@code oms.inbox.retention} and published or discarded outbox rows older than {@code oms.outbox.retention}
 * (both 14 days by default, longer than the topics' 7 days), in batches of {@code oms.retention.batch-size}
 * rows (one short transaction each, through the age indexes), every {@code oms.retention.interval}.
 */
@ApplicationScoped
public class Retention {
    private static final Logger LOG = Logger.getLogger(Retention.class);

    /** How many rows one run deleted. */
    public record Purged(long processedEvents, long outboxRows) {}

    private final AgroalDataSource dataSource;
    private final InboxConfig inbox;
    private final OutboxConfig outbox;
    private final int batchSize;

    public Retention(
            AgroalDataSource dataSource,
            InboxConfig inbox,
            OutboxConfig outbox,
            @ConfigProperty(name = "oms.retention.batch-size", defaultValue = "1000") int batchSize) {
        this.dataSource = dataSource;
        this.inbox = inbox;
        this.outbox = outbox;
        this.batchSize = batchSize;
    }

    @Scheduled(
            identity = "oms-retention",
            every = "${oms.retention.interval:1h}",
            delayed = "${oms.retention.delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Purged purged = purge();
            if (purged.processedEvents() + purged.outboxRows() > 0) {
                LOG.infof(
                        "retention deleted %d processed_event and %d outbox rows",
                        purged.processedEvents(), purged.outboxRows());
            }
        } catch (SQLException e) {
            LOG.warnf("retention: %s; trying again at the next run", e.getMessage());
        }
    }

    public Purged purge() throws SQLException {
        long events = deleteInBatches("""
                delete from processed_event where ctid = any(array(
                    select ctid from processed_event where processed_at < now() - make_interval(secs => ?) limit ?))""", inbox.retention());
        long rows = deleteInBatches("""
                delete from outbox where seq = any(array(
                    select seq from outbox where published_at < now() - make_interval(secs => ?) limit ?))""", outbox.retention());
        rows += deleteInBatches("""
                delete from outbox where seq = any(array(
                    select seq from outbox where state = 'discarded' and discarded_at < now() - make_interval(secs => ?)
                     limit ?))""", outbox.retention());
        return new Purged(events, rows);
    }

    private long deleteInBatches(String sql, Duration retention) throws SQLException {
        long total = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            delete.setLong(1, retention.toSeconds());
            delete.setInt(2, batchSize);
            int deleted;
            do {
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == batchSize);
        }
        return total;
    }
}

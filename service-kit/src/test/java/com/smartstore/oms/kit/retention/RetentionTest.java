package com.smartstore.oms.kit.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.kit.KitTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, defect 6: processed events and published or discarded outbox rows older than the retention
 * window (14 days) are deleted, in batches (2 rows per batch in tests); younger and unpublished rows stay.
 */
@QuarkusTest
@QuarkusTestResource(KitTopics.class)
class RetentionTest {
    @Inject
    Retention retention;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void deletesOnlyRowsOlderThanTheWindowInBatches() throws SQLException {
        String run = UUID.randomUUID().toString();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "oms", "oms");
                Statement sql = c.createStatement()) {
            for (int i = 0; i < 5; i++) {
                sql.execute("insert into processed_event (consumer, event_id, processed_at) values ('ret-" + run
                        + "', 'old-" + i + "', now() - interval '15 days')");
                outboxRow(sql, run, "now() - interval '15 days'", "'pending'", "now() - interval '15 days'", "null");
            }
            sql.execute("insert into processed_event (consumer, event_id, processed_at) values ('ret-" + run
                    + "', 'young', now() - interval '13 days')");
            outboxRow(sql, run, "now() - interval '13 days'", "'pending'", "now() - interval '13 days'", "null");
            // never published (parked, so the relay leaves it alone in this test)
            outboxRow(sql, run, "now() - interval '30 days'", "'parked'", "null", "null");
            outboxRow(sql, run, "now() - interval '30 days'", "'discarded'", "null", "now() - interval '15 days'");

            Retention.Purged purged = retention.purge();

            assertThat(purged.processedEvents()).isGreaterThanOrEqualTo(5);
            assertThat(purged.outboxRows()).isGreaterThanOrEqualTo(6);
            assertThat(count(c, "select event_id from processed_event where consumer = ?", "ret-" + run))
                    .isEqualTo(1);
            assertThat(count(c, "select seq from outbox where event_key = ?", run))
                    .isEqualTo(2);
        }
    }

    private static void outboxRow(
            Statement sql, String key, String created, String state, String published, String discarded)
            throws SQLException {
        sql.execute("insert into outbox (id, topic, event_key, ce_type, ce_source, ce_time, payload, created_at, state,"
                + " published_at, discarded_at) values ('" + UUID.randomUUID() + "', 'kit-retention', '" + key
                + "', 't', '/oms/test', now(), '{}', " + created + ", " + state + ", " + published + ", " + discarded
                + ")");
    }

    private static long count(Connection c, String select, String value) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("select count(*) from (" + select + ") rows")) {
            query.setString(1, value);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

package com.smartstore.oms.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.CloudEventHeaders;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.kit.KitCounter;
import com.smartstore.oms.kit.KitNote;
import com.smartstore.oms.kit.KitTopics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The outbox guarantees, against the real PostgreSQL and Kafka: nothing lost, nothing invented, nothing doubled in effect. */
@QuarkusTest
@QuarkusTestResource(KitTopics.class)
class OutboxTest {
    @Inject
    Outbox outbox;

    @Inject
    OutboxPublisher publisher;

    @Inject
    Inbox inbox;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void eventOfARolledBackTransactionIsNeverPublished() throws SQLException {
        String rolledBack = newSku();
        String committed = newSku();

        assertThatThrownBy(() -> Db.tx(() -> KitNote.of(rolledBack)
                        .persist()
                        .chain(() -> outbox.add(entry(rolledBack, "never")))
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("a later step failed")))))
                .hasMessageContaining("a later step failed");
        Db.tx(() -> outbox.add(entry(committed, "later")));

        // The relay publishes in commit order, so once the later event is out the earlier one would be too.
        TestKafka.awaitRecords(Topics.PRODUCT_CATALOG, committed, 1);
        assertThat(TestKafka.records(Topics.PRODUCT_CATALOG, r -> rolledBack.equals(r.key())))
                .isEmpty();
        assertThat(outboxRows(rolledBack)).isZero();
        assertThat(Db.read(() -> KitNote.count("text", rolledBack))).isZero();
    }

    @Test
    void committedEventIsPublishedOnceAsACloudEventAndMarkedSent() throws Exception {
        String sku = newSku();
        ProductCatalogEntry entry = entry(sku, "first");
        Db.tx(() -> outbox.add(entry));

        ConsumerRecord<String, String> record =
                TestKafka.awaitRecords(Topics.PRODUCT_CATALOG, sku, 1).get(0);
        assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(Events.PRODUCT_CATALOG.ceType());
        assertThat(TestKafka.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/oms/service-kit-test");
        assertThat(TestKafka.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(sku);
        assertThat(TestKafka.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(Instant.parse(TestKafka.header(record, CloudEventHeaders.TIME)))
                .isEqualTo(entry.updatedAt());
        assertThat(EventJson.mapper().readValue(record.value(), ProductCatalogEntry.class))
                .isEqualTo(entry);
        await().atMost(Duration.ofSeconds(10)).until(() -> publishedRows(sku) == 1);

        // A later event for the same key is the marker: once it is out, nothing else for the key is coming.
        Db.tx(() -> outbox.add(entry(sku, "second")));
        List<ConsumerRecord<String, String>> all = TestKafka.awaitRecords(Topics.PRODUCT_CATALOG, sku, 2);
        assertThat(all).hasSize(2);
        assertThat(TestKafka.headers(all, CloudEventHeaders.ID)).doesNotHaveDuplicates();
    }

    @Test
    void relayThatDiesAfterSendingAndBeforeMarkingResendsAndTheInboxAppliesTheEventOnce() throws Exception {
        String sku = newSku();
        double duplicatesBefore = inbox.duplicates("kit-catalog").count();
        try (Connection crashingRelay = DriverManager.getConnection(jdbcUrl, "oms", "oms")) {
            takeOverRelayLock(crashingRelay);
            Db.tx(() -> outbox.add(entry(sku, "first")));

            // This relay sends the row, and the broker acknowledges it ...
            List<PendingEvent> mine = OutboxStore.pending(crashingRelay, 10_000).stream()
                    .filter(e -> e.key().equals(sku))
                    .toList();
            assertThat(publisher.publish(mine).acknowledged()).hasSize(1);
            // ... and dies before it marks the row: closing its connection releases the lock.
        }

        List<ConsumerRecord<String, String>> copies = TestKafka.awaitRecords(Topics.PRODUCT_CATALOG, sku, 2);
        assertThat(TestKafka.headers(copies, CloudEventHeaders.ID))
                .containsOnly(TestKafka.header(copies.get(0), CloudEventHeaders.ID));
        await().atMost(Duration.ofSeconds(10)).until(() -> publishedRows(sku) == 1);

        Db.tx(() -> outbox.add(entry(sku, "second")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            KitCounter counter = Db.read(() -> KitCounter.findById(sku));
            assertThat(counter).isNotNull();
            assertThat(counter.lastName).isEqualTo("second");
            assertThat(counter.count)
                    .as("state changes once per event, not per copy")
                    .isEqualTo(2);
        });
        assertThat(inbox.duplicates("kit-catalog").count()).isGreaterThan(duplicatesBefore);
    }

    /** Ends the session of whichever relay holds the lock (as a crash would) until this connection holds it. */
    private static void takeOverRelayLock(Connection connection) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    try (Statement kill = connection.createStatement()) {
                        kill.execute("select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory'"
                                + " and pid <> pg_backend_pid() and database = (select oid from pg_database where datname = current_database())"
                                + " and ((classid::bigint << 32) | objid::bigint) = " + OutboxRelay.LOCK_KEY);
                    }
                    try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                        lock.setLong(1, OutboxRelay.LOCK_KEY);
                        try (ResultSet rs = lock.executeQuery()) {
                            rs.next();
                            return rs.getBoolean(1);
                        }
                    }
                });
    }

    private long outboxRows(String key) throws SQLException {
        return count("select count(*) from outbox where event_key = ?", key);
    }

    private long publishedRows(String key) throws SQLException {
        return count("select count(*) from outbox where event_key = ? and published_at is not null", key);
    }

    private long count(String sql, String key) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "oms", "oms");
                PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String newSku() {
        return "KIT-" + UUID.randomUUID();
    }

    static ProductCatalogEntry entry(String sku, String name) {
        return new ProductCatalogEntry(
                sku,
                name,
                null,
                "test",
                new BigDecimal("9.90"),
                "EUR",
                true,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}

package com.smartstore.oms.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.KitTopics;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestKafka;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, defect 4: a leader relay that vanishes without closing its connection (its host froze, the
 * network split) loses the advisory lock within {@code oms.outbox.leader-timeout} (3 s in tests), and the
 * standby (this application's own relay) publishes within seconds.
 */
@QuarkusTest
@QuarkusTestResource(KitTopics.class)
class RelayFailoverTest {
    @Inject
    Outbox outbox;

    @Inject
    OutboxConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aStandbyTakesOverWithinSecondsFromALeaderThatFroze() throws Exception {
        String through = jdbcUrl.replace(":5432/", ":%d/");
        try (FreezingProxy proxy = new FreezingProxy(5432)) {
            OutboxRelay frozen = new OutboxRelay(
                    config,
                    new OutboxPublisher(bootstrap, "frozen"),
                    new SimpleMeterRegistry(),
                    through.formatted(proxy.port()),
                    Optional.of("oms"),
                    Optional.of("oms"),
                    "frozen");
            frozen.startRelay();
            try {
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> {
                            terminateLockHolderUnless("frozen-outbox-relay");
                            return frozen.isLeader();
                        });
                String before = OutboxTest.newSku();
                Db.tx(() -> outbox.add(OutboxTest.entry(before, "published by the soon frozen leader")));
                TestKafka.awaitRecords(Topics.PRODUCT_CATALOG, before, 1);

                proxy.freeze();
                Instant frozenAt = Instant.now();
                String after = OutboxTest.newSku();
                Db.tx(() -> outbox.add(OutboxTest.entry(after, "published by the standby")));

                TestKafka.awaitRecords(Topics.PRODUCT_CATALOG, after, 1);
                assertThat(Duration.between(frozenAt, Instant.now())).isLessThan(Duration.ofSeconds(15));
            } finally {
                proxy.close();
                frozen.stopRelay();
            }
        }
    }

    /** Ends the session holding the relay lock if it is not the named relay's (like a crash would). */
    private void terminateLockHolderUnless(String applicationName) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "oms", "oms");
                Statement sql = c.createStatement();
                ResultSet rs = sql.executeQuery(
                        "select a.pid, a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid"
                                + " where l.locktype = 'advisory' and a.datname = current_database()"
                                + " and ((l.classid::bigint << 32) | l.objid::bigint) = " + OutboxRelay.LOCK_KEY)) {
            if (rs.next() && !applicationName.equals(rs.getString(2))) {
                try (Statement kill = c.createStatement()) {
                    kill.execute("select pg_terminate_backend(" + rs.getInt(1) + ")");
                }
            }
        }
    }
}

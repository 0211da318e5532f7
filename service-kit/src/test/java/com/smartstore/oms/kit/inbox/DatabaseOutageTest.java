package com.smartstore.oms.kit.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.kit.KitTopics;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, defect 1: the consumer's database refuses connections (SQLSTATE 55000) and its sessions are
 * terminated (57P01) for longer than SmallRye's 60 s patience for un-acknowledged records; every event
 * published meanwhile is processed once, in order, none dead-lettered; readiness is DOWN during the
 * outage and UP after it, by itself. Outage length: {@code -Doms.test.outage-seconds} (default 70).
 */
@QuarkusTest
@QuarkusTestResource(KitTopics.class)
class DatabaseOutageTest {
    private static final String TOPIC = "kit-outage";
    /** The suite's own database ({@code -Doms.db.name} + {@code _test}), not another run's. */
    private static String database() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("oms.db.name", String.class)
                + "_test";
    }

    @Test
    void aConsumerWaitsOutADatabaseOutageAndThenProcessesEveryEventOnceInOrder() throws Exception {
        Duration outage = Duration.ofSeconds(Long.getLong("oms.test.outage-seconds", 70));
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> keys = List.of("OUT-A-" + run, "OUT-B-" + run, "OUT-C-" + run);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        keys.forEach(k -> expected.put(k, new ArrayList<>()));

        publish(keys.get(0), "before", expected);
        await().atMost(Duration.ofSeconds(30)).until(() -> logged(keys.get(0)).size() == 1);

        Instant start = Instant.now();
        refuseConnections(true);
        try {
            for (int i = 1; i <= 4; i++) {
                for (String key : keys) {
                    publish(key, "during-" + i, expected);
                }
            }
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> "DOWN".equals(inboxCheck(ready()).get("status")));
            // The outage lasts its full length, and the check reads DOWN all through it (not only at its end).
            Duration rest = outage.minus(Duration.between(start, Instant.now()));
            if (!rest.isNegative() && !rest.isZero()) {
                await().during(rest)
                        .atMost(rest.plusSeconds(10))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> "DOWN".equals(inboxCheck(ready()).get("status")));
            }
            assertThat(ready().getString("status")).isEqualTo("DOWN");
        } finally {
            refuseConnections(false);
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String key : keys) {
                assertThat(logged(key)).as(key).isEqualTo(expected.get(key));
            }
        });
        assertThat(TestKafka.records(TOPIC + ".dlq", r -> keys.contains(r.key())))
                .as("nothing dead-lettered")
                .isEmpty();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonPath ready = ready();
                    assertThat(inboxCheck(ready).get("status")).isEqualTo("UP");
                    assertThat(ready.getString("status")).as(ready.prettify()).isEqualTo("UP");
                });
        // The channel is still alive: a new event goes through.
        publish(keys.get(1), "after", expected);
        await().atMost(Duration.ofSeconds(30)).until(() -> logged(keys.get(1)).equals(expected.get(keys.get(1))));
    }

    private static void publish(String key, String name, Map<String, List<String>> expected) {
        TestKafka.publish(
                TOPIC,
                Events.PRODUCT_CATALOG,
                new ProductCatalogEntry(key, name, null, "test", BigDecimal.ONE, "EUR", true, Instant.now()),
                UUID.randomUUID().toString());
        expected.get(key).add(name);
    }

    private static JsonPath ready() {
        return given().get("/q/health/ready").then().extract().jsonPath();
    }

    private static Map<String, Object> inboxCheck(JsonPath health) {
        return health.getMap("checks.find { it.name == 'oms-inbox' }");
    }

    /** As the superuser, over the maintenance database: the kit's database refuses everyone, or takes them again. */
    private static void refuseConnections(boolean refuse) throws SQLException {
        try (Connection admin =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("alter database " + database() + " with allow_connections " + !refuse);
            if (refuse) {
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database()
                        + "' and pid <> pg_backend_pid()");
            }
        }
    }

    private static List<String> logged(String key) throws SQLException {
        try (Connection c =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database(), "oms", "oms");
                PreparedStatement select = c.prepareStatement("select name from kit_log where key = ? order by seq")) {
            select.setString(1, key);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }
}

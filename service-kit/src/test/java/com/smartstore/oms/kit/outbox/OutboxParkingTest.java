package com.smartstore.oms.kit.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.kit.KitTopics;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, defects 2 and 3: a row the broker can never take (larger than its message limit) is parked,
 * other keys keep flowing, later rows of its key wait (they never overtake it); an admin discards or
 * retries it; and {@code Outbox.add} refuses oversized events up front.
 */
@QuarkusTest
@QuarkusTestResource(KitTopics.class)
class OutboxParkingTest {
    @Inject
    Outbox outbox;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void aRowThatCanNeverBeSentIsParkedHoldsItsKeyAndLetsOtherKeysFlowUntilAnAdminDiscardsIt() throws Exception {
        String stuck = "PARK-" + UUID.randomUUID();
        String other = "FLOW-" + UUID.randomUUID();
        Db.tx(() -> outbox.add(entry(stuck, "v1")));
        TestKafka.awaitRecords(Topics.PRODUCT_CATALOG, stuck, 1);
        // Bigger than the broker's (and the producer's) 1 MB limit: written behind Outbox.add's back.
        UUID huge = insertRaw(stuck, "{\"sku\":\"" + stuck + "\",\"name\":\"" + "x".repeat(1_200_000) + "\"}");
        Db.tx(() -> outbox.add(entry(stuck, "v3")));
        Db.tx(() -> outbox.add(entry(other, "flows")));

        TestKafka.awaitRecords(Topics.PRODUCT_CATALOG, other, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> "parked".equals(state(huge)));
        String parked = given().auth()
                .oauth2(Tokens.of("admin"))
                .get("/admin/outbox/parked")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(parked).contains(huge.toString()).contains("RecordTooLargeException");
        // Over several relay rounds, v3 keeps waiting behind the parked row (checked throughout, not once).
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(names(stuck))
                        .as("v3 waits behind the parked row")
                        .containsExactly("v1"));

        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .post("/admin/outbox/parked/" + huge + "/discard")
                .then()
                .statusCode(403);
        given().post("/admin/outbox/parked/" + huge + "/discard").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.of("admin"))
                .post("/admin/outbox/parked/" + huge + "/discard")
                .then()
                .statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> names(stuck).size() == 2);
        assertThat(names(stuck)).containsExactly("v1", "v3");
        assertThat(state(huge)).isEqualTo("discarded");
        given().auth()
                .oauth2(Tokens.of("admin"))
                .post("/admin/outbox/parked/" + huge + "/retry")
                .then()
                .statusCode(404);
    }

    @Test
    void outboxAddRefusesAnEventLargerThanTheConfiguredBound() {
        String sku = "BIG-" + UUID.randomUUID();
        assertThatThrownBy(() -> Db.tx(() -> outbox.add(entry(sku, "y".repeat(70_000)))))
                .hasStackTraceContaining("EventTooLargeException")
                .hasMessageContaining("oms.outbox.max-event-bytes");
    }

    private java.util.List<String> names(String key) {
        return TestKafka.records(Topics.PRODUCT_CATALOG, r -> key.equals(r.key())).stream()
                .map(ConsumerRecord::value)
                .map(v -> v.replaceAll(".*\"name\":\"([^\"]*)\".*", "$1"))
                .toList();
    }

    private UUID insertRaw(String key, String payload) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "oms", "oms");
                PreparedStatement insert = c.prepareStatement(
                        "insert into outbox (id, topic, event_key, ce_type, ce_source, ce_subject, ce_time, payload)"
                                + " values (?, ?, ?, 'com.smartstore.oms.product-catalog.v1', '/oms/test', ?, now(), ?)")) {
            insert.setObject(1, id);
            insert.setString(2, Topics.PRODUCT_CATALOG);
            insert.setString(3, key);
            insert.setString(4, key);
            insert.setString(5, payload);
            insert.executeUpdate();
        }
        return id;
    }

    private String state(UUID id) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "oms", "oms");
                PreparedStatement select = c.prepareStatement("select state from outbox where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static ProductCatalogEntry entry(String sku, String name) {
        return new ProductCatalogEntry(
                sku,
                name,
                null,
                "test",
                new BigDecimal("1.00"),
                "EUR",
                true,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}

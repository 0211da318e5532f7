package com.smartstore.oms.kit.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.kit.KitTopics;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The audit log (R-SEC3, issue 15) as an auditor sees it: rows per order with who, roles, when and what; one hash
 * chain however many transactions append at once; a row changed afterwards is found by the check; who may read it.
 */
@QuarkusTest
@QuarkusTestResource(KitTopics.class)
class AuditLogTest {
    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    AuditSealer sealer;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void anOrdersRowsSayWhoWithWhichRolesWhenAndWhatAndAnEventStagedIsAuditedWithItsId() {
        String order = UUID.randomUUID().toString();
        Db.tx(() -> audit.record(
                new AuditLog.Actor("ana", "manager,reviewer"),
                "APPROVED",
                order,
                null,
                Map.of("reason", "looks fine", "email", "a***@example.com")));
        String sku = "AUDIT-" + UUID.randomUUID();
        Db.tx(() -> outbox.add(new com.smartstore.oms.contracts.events.ProductCatalogEntry(
                sku,
                "Mug",
                null,
                "test",
                new BigDecimal("9.90"),
                "EUR",
                true,
                Instant.now().truncatedTo(ChronoUnit.MILLIS))));
        seal();

        JsonPath rows = given().auth()
                .oauth2(Tokens.of("customer-service"))
                .queryParam("orderId", order)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(rows.getList("action")).containsExactly("APPROVED");
        assertThat(rows.getString("[0].by")).isEqualTo("ana");
        assertThat(rows.getList("[0].roles")).containsExactly("manager", "reviewer");
        assertThat(rows.getString("[0].service")).isEqualTo("service-kit-test");
        assertThat(rows.getString("[0].details.email")).isEqualTo("a***@example.com");
        assertThat(rows.getString("[0].at")).isNotBlank();
        assertThat(rows.getString("[0].hash")).hasSize(64);

        List<Map<String, Object>> all = given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("subject", sku)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.subject == '" + sku + "' }");
        assertThat(all).hasSize(1);
        assertThat(all.get(0)).containsEntry("action", "product-catalog").containsEntry("by", AuditLog.SYSTEM);
        assertThat(((Map<?, ?>) all.get(0).get("details")).get("eventId")).isNotNull();
    }

    @Test
    void concurrentAppendsFormOneChain() throws Exception {
        String order = UUID.randomUUID().toString();
        int appends = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < appends; i++) {
                int n = i;
                done.add(pool.submit(() -> Db.tx(() -> audit.record(
                        new AuditLog.Actor("clerk-" + n, "order-clerk"), "STEP", order, "step-" + n, null))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        seal();
        JsonPath rows = given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("orderId", order)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(rows.getList("pos", Long.class)).hasSize(appends).doesNotHaveDuplicates();
        given().auth()
                .oauth2(Tokens.of("admin"))
                .get("/api/audit/verify")
                .then()
                .statusCode(200)
                .body("intact", equalTo(true))
                .body("firstBroken", equalTo(null));
    }

    @Test
    void anAuditedChangeNeverWaitsForAnotherOpenOneAndIsChainedOnceCommitted() throws Exception {
        // Was: every audited transaction took the chain's lock until its commit, so one open transaction held up
        // every other audited write of the service (and could deadlock with the rows they had locked).
        String order = UUID.randomUUID().toString();
        try (Connection open = DriverManager.getConnection(jdbcUrl, "oms", "oms")) {
            open.setAutoCommit(false);
            try (PreparedStatement insert = open.prepareStatement("insert into audit_log (occurred_at, actor, roles,"
                    + " action, order_id) values (now(), 'slow', 'warehouse', 'OPEN', ?)")) {
                insert.setString(1, order);
                insert.executeUpdate();
            }
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                other.submit(() -> Db.tx(() ->
                                audit.record(new AuditLog.Actor("quick", "shipping"), "COMMITTED", order, null, null)))
                        .get(60, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                other.shutdown();
            }
            seal();
            JsonPath rows = rowsOf(order);
            // The committed row is chained; the open one is not visible.
            assertThat(rows.getList("action")).containsExactly("COMMITTED");
            assertThat(rows.getString("[0].hash")).hasSize(64);
            open.commit();
        }
        seal();
        JsonPath after = rowsOf(order);
        assertThat(after.getList("action")).containsExactly("COMMITTED", "OPEN");
        assertThat(after.getLong("[1].pos")).isGreaterThan(after.getLong("[0].pos"));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .get("/api/audit/verify")
                .then()
                .body("intact", equalTo(true));
    }

    private static JsonPath rowsOf(String order) {
        return given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("orderId", order)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private void seal() {
        try {
            sealer.seal();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRowChangedAfterwardsIsFoundByTheCheck() throws SQLException {
        String order = UUID.randomUUID().toString();
        Db.tx(() -> audit.record(new AuditLog.Actor("rui", "shipping"), "DISPATCHED", order, null, null));
        Db.tx(() -> audit.record(new AuditLog.Actor("rui", "shipping"), "DELIVERED", order, null, null));
        seal();
        long pos = given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("orderId", order)
                .get("/api/audit")
                .then()
                .extract()
                .jsonPath()
                .getLong("[0].pos");
        given().auth()
                .oauth2(Tokens.of("admin"))
                .get("/api/audit/verify")
                .then()
                .body("intact", equalTo(true));

        setActor(pos, "mallory");
        try {
            given().auth()
                    .oauth2(Tokens.of("admin"))
                    .get("/api/audit/verify")
                    .then()
                    .statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBroken", equalTo((int) pos))
                    .body("reason", equalTo("content does not match its hash"));
        } finally {
            setActor(pos, "rui");
        }
        given().auth()
                .oauth2(Tokens.of("admin"))
                .get("/api/audit/verify")
                .then()
                .body("intact", equalTo(true));
    }

    @Test
    void managersCustomerServiceAndAdminsReadTheLogOnlyAdminsCheckItABadOrderIdIsRefused() {
        for (String user : List.of("manager", "customer-service", "admin")) {
            given().auth().oauth2(Tokens.of(user)).get("/api/audit").then().statusCode(200);
        }
        for (String user : List.of("warehouse", "reviewer", "order-clerk")) {
            given().auth().oauth2(Tokens.of(user)).get("/api/audit").then().statusCode(403);
        }
        given().get("/api/audit").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/audit/verify")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("orderId", "not-a-uuid")
                .get("/api/audit")
                .then()
                .statusCode(400)
                .body("error", equalTo("bad-order-id"));
    }

    private void setActor(long pos, String actor) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "oms", "oms");
                PreparedStatement update = c.prepareStatement("update audit_log set actor = ? where pos = ?")) {
            update.setString(1, actor);
            update.setLong(2, pos);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}

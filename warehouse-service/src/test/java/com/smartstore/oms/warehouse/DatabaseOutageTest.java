package com.smartstore.oms.warehouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Fault stop (R-SEC5, issue 15): while the service's database refuses connections (its sessions terminated, new ones
 * refused: SQLSTATE 57P01 and 55000), a write is answered 503 with {@code Retry-After} and the shared error body,
 * nothing internal in it and nothing changed; when the database takes connections again the same write works, with
 * no restart or other manual step.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void aWriteDuringADatabaseOutageIs503WithRetryAfterAndWorksAgainAfterIt() throws SQLException {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 5);

        refuseConnections(true);
        try {
            Response refused = put(warehouse, sku, 9);
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(503);
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
            assertThat(refused.jsonPath().getString("error")).isEqualTo("temporarily-unavailable");
            assertThat(refused.asString())
                    .doesNotContainPattern("(java|io|org|com)\\.[a-z]+\\.")
                    .doesNotContain("Exception");
            // Every later try while it lasts gets the same clean answer, not a 500 once the pool gives up.
            assertThat(put(warehouse, sku, 9).statusCode()).isEqualTo(503);
        } finally {
            refuseConnections(false);
        }

        // Once reads work again (the pool reconnects by itself), the refused write had changed nothing.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(onHand(warehouse, sku)).isEqualTo(5));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> put(warehouse, sku, 9).statusCode() == 200);
        assertThat(onHand(warehouse, sku)).isEqualTo(9);
        // Readiness comes back by itself too: the JDBC pool's check drops the terminated connection it held.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    private static Response put(String warehouse, String sku, int onHand) {
        return given().auth()
                .oauth2(Tokens.of("warehouse"))
                .contentType(ContentType.JSON)
                .body(Map.of("onHand", onHand))
                .put("/api/stock/" + warehouse + "/" + sku);
    }

    private static int onHand(String warehouse, String sku) {
        return ((Number) Fixtures.stock(warehouse, sku).get("onHand")).intValue();
    }

    /** As the superuser: this test's own database refuses everyone (and drops its sessions), or takes them again. */
    static void refuseConnections(boolean refuse) throws SQLException {
        String database = ConfigProvider.getConfig().getValue("oms.db.name", String.class) + "_test";
        try (Connection admin =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("alter database " + database + " with allow_connections " + !refuse);
            if (refuse) {
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                        + "' and pid <> pg_backend_pid()");
            }
        }
    }
}

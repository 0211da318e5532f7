package com.smartstore.oms.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Time-to-ship figures from events with known CloudEvents times, however and however often they arrive. */
@QuarkusTest
class TimeToShipResourceTest {
    private static final JsonPathConfig DOUBLES =
            JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);

    @Test
    void figuresOverTheOrdersShippedInTheRange() {
        Instant t = OrderEvents.freshWindow();
        publishScenario(t, false);

        JsonPath report = awaitReport(t, TimeToShipResourceTest::assertScenarioFigures);
        assertThat(report.getString("from")).isEqualTo(t.toString());
        assertThat(report.getString("to")).isEqualTo(t.plus(Duration.ofDays(1)).toString());
    }

    @Test
    void shippedBeforeApprovedGivesTheSameFigures() {
        Instant t = OrderEvents.freshWindow();
        publishScenario(t, true);

        awaitReport(t, TimeToShipResourceTest::assertScenarioFigures);
    }

    @Test
    void redeliveryAndLaterRepeatsDoNotChangeTheFigures() {
        Instant t = OrderEvents.freshWindow();
        UUID id = UUID.randomUUID();
        OrderEvents.received(id, t);
        OrderEvents.approved(id, t.plusSeconds(10));
        OrderEvents.picked(id, t.plusSeconds(40));
        Shipped shipped = OrderEvents.shippedEvent(id, t.plusSeconds(100));
        String shippedId = Deliver.event(Events.SHIPPED, shipped);
        awaitReport(t, TimeToShipResourceTest::assertOneOrderFigures);

        double duplicates = duplicatesSkipped("analytics-shipped");
        Deliver.event(Events.SHIPPED, shipped, shippedId);
        // A later repeat of approval (another revision): the first approval time stands. (A later parcel does
        // move the end of time-to-ship: SplitOrderTimeToShipTest.)
        OrderEvents.approved(id, t.plusSeconds(30));
        assertThat(duplicatesSkipped("analytics-shipped")).isGreaterThan(duplicates);

        assertOneOrderFigures(report(t, t.plus(Duration.ofDays(1))));
    }

    private static void assertOneOrderFigures(JsonPath report) {
        assertThat(report.getInt("shippedOrders")).isEqualTo(1);
        assertFigures(report, "receivedToShipped", 1, 100, 100, 100, 100, 100);
        assertFigures(report, "stages.receivedToApproved", 1, 10, 10, 10, 10, 10);
        assertFigures(report, "stages.approvedToPicked", 1, 30, 30, 30, 30, 30);
        assertFigures(report, "stages.pickedToShipped", 1, 60, 60, 60, 60, 60);
    }

    @Test
    void anEmptyRangeHasACountOfZeroAndNullFigures() {
        Instant t = OrderEvents.freshWindow();
        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("from", t.toString())
                .queryParam("to", t.plusSeconds(60).toString())
                .get("/api/analytics/time-to-ship")
                .then()
                .statusCode(200)
                .body("shippedOrders", equalTo(0))
                .body("receivedToShipped", equalTo(nullFigures()))
                .body("stages.receivedToApproved", equalTo(nullFigures()))
                .body("stages.approvedToPicked", equalTo(nullFigures()))
                .body("stages.pickedToShipped", equalTo(nullFigures()));
    }

    @Test
    void withoutARangeEveryShippedOrderCounts() {
        given().auth()
                .oauth2(Tokens.of("admin"))
                .get("/api/analytics/time-to-ship")
                .then()
                .statusCode(200)
                .body("from", equalTo(null))
                .body("to", equalTo(null))
                .body("shippedOrders", notNullValue());
    }

    @Test
    void aBadFromOrToIsRefusedNamingIt() {
        badRange(Map.of("from", "yesterday"), "invalid-from", "from is not an ISO-8601 instant");
        badRange(Map.of("to", "2030-13-01T00:00:00Z"), "invalid-to", "to is not an ISO-8601 instant");
        badRange(
                Map.of("from", "2030-01-02T00:00:00Z", "to", "2030-01-01T00:00:00Z"),
                "invalid-range",
                "from (2030-01-02T00:00:00Z) must be before to");
    }

    /**
     * Four orders shipped in the day from {@code t} (A, B, C with every step, D with only picked and
     * shipped), one approved but not shipped and one shipped at the exclusive end of the range.
     */
    private static void publishScenario(Instant t, boolean shippedFirst) {
        long[][] steps = { // received, approved, picked, shipped (seconds after t); -1: no such event
            {0, 60, 600, 3600},
            {100, 220, 1420, 7300},
            {200, 230, 830, 1100},
            {-1, -1, 1000, 1500},
            {300, 400, -1, -1},
            {0, 10, 20, 86_400}
        };
        for (long[] s : steps) {
            UUID id = UUID.randomUUID();
            if (shippedFirst && s[3] >= 0) {
                OrderEvents.shipped(id, t.plusSeconds(s[3]));
                await().atMost(Duration.ofSeconds(30)).until(() -> timelineExists(id));
            }
            if (s[0] >= 0) {
                OrderEvents.received(id, t.plusSeconds(s[0]));
            }
            if (s[1] >= 0) {
                OrderEvents.approved(id, t.plusSeconds(s[1]));
            }
            if (s[2] >= 0) {
                OrderEvents.picked(id, t.plusSeconds(s[2]));
            }
            if (!shippedFirst && s[3] >= 0) {
                OrderEvents.shipped(id, t.plusSeconds(s[3]));
            }
        }
    }

    /**
     * The figures of {@link #publishScenario}, worked out by hand: exact mean; percentiles by nearest rank (the
     * ceil(p * n)-th smallest value) from the daily sketches, which hold these values exactly (see Sketch).
     */
    private static void assertScenarioFigures(JsonPath report) {
        assertThat(report.getInt("shippedOrders")).isEqualTo(4);
        // [900, 3600, 7200]
        assertFigures(report, "receivedToShipped", 3, 3900, 3600, 7200, 7200, 7200);
        // [30, 60, 120]
        assertFigures(report, "stages.receivedToApproved", 3, 70, 60, 120, 120, 120);
        // [540, 600, 1200]
        assertFigures(report, "stages.approvedToPicked", 3, 780, 600, 1200, 1200, 1200);
        // [270, 500, 3000, 5880]
        assertFigures(report, "stages.pickedToShipped", 4, 2412.5, 500, 5880, 5880, 5880);
    }

    /** Waits until the report of the day from {@code t} meets the expectations (events arrive asynchronously). */
    private static JsonPath awaitReport(Instant t, Consumer<JsonPath> expectations) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    last[0] = report(t, t.plus(Duration.ofDays(1)));
                    expectations.accept(last[0]);
                });
        return last[0];
    }

    private static JsonPath report(Instant from, Instant to) {
        return given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .get("/api/analytics/time-to-ship")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(DOUBLES);
    }

    private static void assertFigures(
            JsonPath report, String path, int count, double mean, double p50, double p90, double p99, double max) {
        assertThat(report.getInt(path + ".count")).as(path + ".count").isEqualTo(count);
        assertThat(report.getDouble(path + ".meanSeconds")).as(path + ".mean").isCloseTo(mean, within(1e-9));
        assertThat(report.getDouble(path + ".p50Seconds")).as(path + ".p50").isCloseTo(p50, within(1e-9));
        assertThat(report.getDouble(path + ".p90Seconds")).as(path + ".p90").isCloseTo(p90, within(1e-9));
        assertThat(report.getDouble(path + ".p99Seconds")).as(path + ".p99").isCloseTo(p99, within(1e-9));
        assertThat(report.getDouble(path + ".maxSeconds")).as(path + ".max").isCloseTo(max, within(1e-9));
    }

    private static Map<String, Object> nullFigures() {
        Map<String, Object> figures = new HashMap<>();
        figures.put("count", 0);
        for (String f : new String[] {"meanSeconds", "p50Seconds", "p90Seconds", "p99Seconds", "maxSeconds"}) {
            figures.put(f, null);
        }
        return figures;
    }

    private static void badRange(Map<String, String> params, String error, String message) {
        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParams(params)
                .get("/api/analytics/time-to-ship")
                .then()
                .statusCode(400)
                .body("error", equalTo(error))
                .body("message", containsString(message));
    }

    private static boolean timelineExists(UUID id) {
        return given().auth()
                        .oauth2(Tokens.of("manager"))
                        .get("/api/analytics/orders/" + id + "/timeline")
                        .statusCode()
                == 200;
    }

    /** The inbox's count of redeliveries it skipped for a consumer, from the Prometheus endpoint. */
    private static double duplicatesSkipped(String consumer) {
        return given().get("/q/metrics")
                .asString()
                .lines()
                .filter(l -> l.startsWith("oms_inbox_duplicates_total{") && l.contains("consumer=\"" + consumer + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}

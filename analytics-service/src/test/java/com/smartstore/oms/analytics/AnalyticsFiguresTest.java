package com.smartstore.oms.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every figure of every endpoint for {@link Scenario}'s events, worked out by hand, and the same figures when the
 * same events arrive backwards, each twice with the same id and once more with a new one (issue 13). Percentiles are
 * nearest rank ({@code ceil(p * n)}-th smallest): every value here is below 2048 s or a multiple of 4, which the
 * sketches hold exactly.
 */
@QuarkusTest
class AnalyticsFiguresTest {
    private static final JsonPathConfig DOUBLES =
            JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);

    @Test
    void everyFigureOfTheScenarioAndTheSameWhateverTheOrderAndRepeats() {
        Scenario inOrder = new Scenario(isolatedWindow());
        inOrder.deliverInOrder();
        Scenario replayed = new Scenario(isolatedWindow());
        replayed.deliverBackwardsTwice();

        assertHandComputedFigures(inOrder.t);
        assertHandComputedFigures(replayed.t);
        for (String endpoint : List.of("time-to-ship", "stages", "exceptions", "sla", "customers", "staff")) {
            assertThat(withoutRange(get(endpoint, replayed.t)))
                    .as(endpoint)
                    .isEqualTo(withoutRange(get(endpoint, inOrder.t)));
        }
        // Over whole months the durations come from the month roll-ups: the same figures.
        for (String endpoint : List.of("time-to-ship", "stages")) {
            assertThat(withoutRange(wholeMonths(endpoint, inOrder.t)))
                    .as(endpoint + " over whole months")
                    .isEqualTo(withoutRange(get(endpoint, inOrder.t)));
            assertThat(withoutRange(wholeMonths(endpoint, replayed.t)))
                    .as(endpoint + " over whole months, replayed")
                    .isEqualTo(withoutRange(get(endpoint, inOrder.t)));
        }
        assertThat(get("volume", replayed.t).getList("periods.orders"))
                .isEqualTo(get("volume", inOrder.t).getList("periods.orders"));
    }

    @Test
    void theFirstAndLastStorableDaysAnswerAndABadGroupingIsA400() {
        for (String endpoint :
                List.of("volume", "customers", "stages", "exceptions", "sla", "staff", "time-to-ship", "returns")) {
            for (String[] range :
                    new String[][] {{"0001-01-01", "0001-03-01"}, {"9999-11-01", "9999-12-31T12:00:00Z"}}) {
                given().auth()
                        .oauth2(Tokens.of("admin"))
                        .queryParam("from", range[0])
                        .queryParam("to", range[1])
                        .get("/api/analytics/" + endpoint)
                        .then()
                        .statusCode(200);
            }
        }
        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("groupBy", "year")
                .get("/api/analytics/volume")
                .then()
                .statusCode(400)
                .body("error", org.hamcrest.Matchers.equalTo("invalid-groupBy"));
    }

    private static void assertHandComputedFigures(Instant t) {
        JsonPath tts = get("time-to-ship", t);
        assertThat(tts.getDouble("shippedOrders")).isEqualTo(2);
        // O1 1260 s, O2 to its last parcel 1710 s
        figures(tts, "receivedToShipped", 2, 1485, 1260, 1710, 1710, 1710);
        figures(tts, "stages.receivedToApproved", 2, 185, 60, 310, 310, 310);
        figures(tts, "stages.approvedToPicked", 2, 600, 600, 600, 600, 600);
        figures(tts, "stages.pickedToShipped", 2, 700, 600, 800, 800, 800);

        JsonPath volume = get("volume", t);
        assertThat(volume.getDouble("orders")).isEqualTo(4);
        assertThat(doubles(volume.getMap("byChannel"))).isEqualTo(Map.of("SHOPIFY", 2.0, "WOOCOMMERCE", 2.0));
        assertThat(volume.getDouble("previousRangeOrders")).isEqualTo(0);
        assertThat(volume.getString("changePercent")).isNull();
        assertThat(list(volume, "periods.orders")).containsExactly(3.0, 1.0);
        assertThat(list(volume, "periods.change")).containsExactly(3.0, -2.0);
        assertThat(list(volume, "periods.changePercent")).containsExactly(null, -66.7);
        assertThat(list(volume, "periods.movingAverage7d")).containsExactly(0.43, 0.57);
        assertThat(doubles(volume.getMap("periods[0].byChannel")))
                .isEqualTo(Map.of("SHOPIFY", 2.0, "WOOCOMMERCE", 1.0));

        JsonPath customers = get("customers", t);
        assertThat(customers.getDouble("customers")).isEqualTo(3);
        assertThat(customers.getDouble("orders")).isEqualTo(4);
        assertThat(customers.getDouble("repeatCustomers")).isEqualTo(1);
        assertThat(customers.getDouble("repeatCustomerRate")).isEqualTo(0.3333);
        assertThat(customers.getDouble("averageOrderValue")).isEqualTo(17.5);
        assertThat(list(customers, "purchaseFrequency.orders")).containsExactly(1.0, 2.0);
        assertThat(list(customers, "purchaseFrequency.customers")).containsExactly(2.0, 1.0);
        assertThat(list(customers, "topCategories.category")).containsExactly("shirts", "socks");
        assertThat(list(customers, "topCategories.units")).containsExactly(6.0, 1.0);

        JsonPath stages = get("stages", t);
        figures(stages, "overall.stages.received-to-approved", 3, 163.333, 120, 310, 310, 310);
        figures(stages, "overall.stages.manual-review", 1, 300, 300, 300, 300, 300);
        figures(stages, "overall.stages.approved-to-picked", 2, 600, 600, 600, 600, 600);
        figures(stages, "overall.stages.picked-to-shipped", 2, 700, 600, 800, 800, 800);
        figures(stages, "overall.stages.shipped-to-delivered", 1, 3600, 3600, 3600, 3600, 3600);
        assertThat(stages.getString("overall.bottleneck")).isEqualTo("shipped-to-delivered");
        figures(stages, "byChannel.SHOPIFY.stages.received-to-approved", 2, 185, 60, 310, 310, 310);
        assertThat(stages.getString("byChannel.SHOPIFY.bottleneck")).isEqualTo("shipped-to-delivered");
        figures(stages, "byChannel.WOOCOMMERCE.stages.received-to-approved", 1, 120, 120, 120, 120, 120);
        assertThat(stages.getString("byChannel.WOOCOMMERCE.bottleneck")).isEqualTo("received-to-approved");
        assertThat(stages.getString("byWarehouse.LIS.bottleneck")).isEqualTo("shipped-to-delivered");
        assertThat(stages.getString("byWarehouse.POR.bottleneck")).isEqualTo("picked-to-shipped");
        figures(stages, "byWarehouse.POR.stages.picked-to-shipped", 1, 800, 800, 800, 800, 800);
        assertThat(stages.getString("byWarehouse.unknown.bottleneck")).isEqualTo("received-to-approved");

        JsonPath exceptions = get("exceptions", t);
        assertThat(exceptions.getDouble("overall.count")).isEqualTo(3);
        figures(exceptions, "overall.resolution", 2, 750, 600, 900, 900, 900);
        assertThat(exceptions.getDouble("overall.satisfactionAverage")).isEqualTo(3.0);
        assertThat(exceptions.getDouble("byType.PAYMENT.count")).isEqualTo(2);
        figures(exceptions, "byType.PAYMENT.resolution", 1, 600, 600, 600, 600, 600);
        assertThat(exceptions.getDouble("byType.PAYMENT.satisfactionAverage")).isEqualTo(4.0);
        assertThat(exceptions.getDouble("byType.LOGISTICS.count")).isEqualTo(1);
        assertThat(exceptions.getDouble("byType.LOGISTICS.satisfactionAverage")).isEqualTo(2.0);
        assertThat(doubles(exceptions.getMap("periods")).values()).containsExactly(3.0);

        JsonPath sla = get("sla", t);
        assertThat(sla.getDouble("breaches")).isEqualTo(3);
        assertThat(doubles(sla.getMap("byKind"))).isEqualTo(Map.of("MANUAL_REVIEW", 1.0, "PICK", 2.0));

        JsonPath staff = get("staff", t);
        assertThat(staff.getDouble("total")).isEqualTo(8);
        assertThat(list(staff, "items.user"))
                .containsExactly("clerk", "cs1", "cs2", "pick1", "rev2", "reviewer", "ship1", "wh1");
        assertThat(list(staff, "items.stepsTotal")).containsExactly(1.0, 3.0, 2.0, 2.0, 2.0, 2.0, 2.0, 1.0);
        assertThat(list(staff, "items.slaBreaches")).containsExactly(0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0);
        assertThat(list(staff, "items.timeliness")).containsExactly(1.0, 1.0, 1.0, 0.5, 1.0, 0.5, 1.0, 1.0);
        assertThat(list(staff, "items.caseSatisfactionAverage"))
                .containsExactly(null, 4.0, 2.0, null, null, null, null, null);
        assertThat(doubles(staff.getMap("items[4].steps"))).isEqualTo(Map.of("approved", 1.0, "rejected", 1.0));
        assertThat(staff.getDouble("items[0].ordersEntered")).isZero(); // nobody keyed these orders in
        assertThat(staff.getString("items[0].entryAccuracy")).isNull();
    }

    /**
     * Windows 45 days from any other: the volume trend looks 38 days back, and a calendar month around the window
     * must hold no other test's orders either.
     */
    static Instant isolatedWindow() {
        for (int i = 0; i < 15; i++) {
            OrderEvents.freshWindow();
        }
        Instant window = OrderEvents.freshWindow();
        for (int i = 0; i < 15; i++) {
            OrderEvents.freshWindow();
        }
        return window;
    }

    /** The report of the calendar months that hold the scenario's two days. */
    private static JsonPath wholeMonths(String endpoint, Instant t) {
        java.time.LocalDate first =
                java.time.LocalDate.ofInstant(t, java.time.ZoneOffset.UTC).withDayOfMonth(1);
        java.time.LocalDate last = java.time.LocalDate.ofInstant(t.plus(Duration.ofDays(1)), java.time.ZoneOffset.UTC)
                .withDayOfMonth(1)
                .plusMonths(1);
        return given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("from", first.toString())
                .queryParam("to", last.toString())
                .get("/api/analytics/" + endpoint)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(DOUBLES);
    }

    static JsonPath get(String endpoint, Instant t) {
        return given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("from", t.toString())
                .queryParam("to", t.plus(Duration.ofDays(2)).toString())
                .get("/api/analytics/" + endpoint)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(DOUBLES);
    }

    /** A JSON array, its numbers as doubles. */
    private static List<Object> list(JsonPath report, String path) {
        List<Object> values = new java.util.ArrayList<>();
        for (Object v : report.getList(path)) {
            values.add(v instanceof Number n ? (Object) n.doubleValue() : v);
        }
        return values;
    }

    /** A JSON object's numbers as doubles (JsonPath gives maps' numbers as it parsed them). */
    private static Map<String, Double> doubles(Map<String, Object> map) {
        Map<String, Double> doubles = new java.util.TreeMap<>();
        map.forEach((k, v) -> doubles.put(k, ((Number) v).doubleValue()));
        return doubles;
    }

    private static Map<String, Object> withoutRange(JsonPath report) {
        Map<String, Object> map = new java.util.HashMap<>(report.getMap(""));
        map.remove("from");
        map.remove("to");
        if (map.get("periods") instanceof Map<?, ?> periods) {
            map.put("periods", List.copyOf(periods.values()));
        } else if (map.get("periods") instanceof List<?> periods) {
            map.put(
                    "periods",
                    periods.stream()
                            .map(p -> {
                                Map<Object, Object> period = new java.util.HashMap<>((Map<?, ?>) p);
                                period.remove("period");
                                return period;
                            })
                            .toList());
        }
        return map;
    }

    static void figures(
            JsonPath report, String path, double count, double mean, double p50, double p90, double p99, double max) {
        String p = path.contains("-") ? quote(path) : path;
        assertThat(report.getDouble(p + ".count")).as(path + ".count").isEqualTo(count);
        assertThat(report.getDouble(p + ".meanSeconds")).as(path + ".mean").isCloseTo(mean, within(1e-9));
        assertThat(report.getDouble(p + ".p50Seconds")).as(path + ".p50").isEqualTo(p50);
        assertThat(report.getDouble(p + ".p90Seconds")).as(path + ".p90").isEqualTo(p90);
        assertThat(report.getDouble(p + ".p99Seconds")).as(path + ".p99").isEqualTo(p99);
        assertThat(report.getDouble(p + ".maxSeconds")).as(path + ".max").isEqualTo(max);
    }

    /** Groovy paths need quotes around keys with a dash. */
    private static String quote(String path) {
        StringBuilder quoted = new StringBuilder();
        for (String part : path.split("\\.")) {
            if (quoted.length() > 0) {
                quoted.append('.');
            }
            quoted.append(part.contains("-") ? "'" + part + "'" : part);
        }
        return quoted.toString();
    }
}

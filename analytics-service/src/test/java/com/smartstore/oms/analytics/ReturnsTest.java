package com.smartstore.oms.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.DefectCause;
import com.smartstore.oms.contracts.events.Disposition;
import com.smartstore.oms.contracts.events.ExchangeRequested;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.QualityDefectReported;
import com.smartstore.oms.contracts.events.RefundIssued;
import com.smartstore.oms.contracts.events.ReturnOutcome;
import com.smartstore.oms.contracts.events.ReturnReceived;
import com.smartstore.oms.contracts.events.ReturnRequested;
import com.smartstore.oms.contracts.events.ReturnResolved;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code /returns} (R-A5) for a worked-out fixture over two days from midnight {@code t}, from the returns topics,
 * and the same answer when the events arrive backwards, each twice with one id and once more with a new one.
 *
 * <p>Shipped: O1 2 x RA-X on day 0, O3 4 x RA-Y on day 0, O2 1 x RA-X and 3 x RA-Y on day 1: 6 + 4 = 10 units.
 * Returns: R1 (O1) QUALITY 1 x RA-X, REFUND, day 0; R2 (O3) CHANGED_MIND 2 x RA-Y, EXCHANGE, day 1; R3 (O2)
 * QUALITY 1 x RA-Y, no outcome asked (an event from before the field), day 1: 4 units, rate 0.4. R2 exchanged
 * 2 x RA-Y on day 1: rate 0.2. R1 received DEFECTIVE, R3 RESELLABLE; R1 refunded 10.00 and resolved REFUNDED,
 * R2 resolved EXCHANGED; QC: RA-X MANUFACTURING, RA-Y NO_FAULT_FOUND.
 */
@QuarkusTest
class ReturnsTest {
    private static final JsonPathConfig DOUBLES =
            JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);

    @Test
    void returnAndExchangeRatesReasonsAndDefectCausesWhateverTheOrderAndRepeats() {
        Instant inOrder = OrderEvents.freshWindow();
        fixture(inOrder).forEach(Scenario.Delivery::deliver);
        Instant replayed = OrderEvents.freshWindow();
        List<Scenario.Delivery<?>> backwards = new ArrayList<>(fixture(replayed));
        Collections.reverse(backwards);
        for (Scenario.Delivery<?> d : backwards) {
            String id = d.deliver();
            d.deliver(id);
            d.deliver();
        }

        for (Instant t : List.of(inOrder, replayed)) {
            JsonPath r = returns(t, "day");
            assertThat(r.getDouble("unitsShipped")).isEqualTo(10);
            assertThat(r.getDouble("returns")).isEqualTo(3);
            assertThat(r.getDouble("unitsReturned")).isEqualTo(4);
            assertThat(r.getDouble("returnRate")).isEqualTo(0.4);
            assertThat(r.getDouble("exchanges")).isEqualTo(1);
            assertThat(r.getDouble("unitsExchanged")).isEqualTo(2);
            assertThat(r.getDouble("exchangeRate")).isEqualTo(0.2);
            assertThat(r.getMap("reasons"))
                    .isEqualTo(Map.of(
                            "QUALITY", count(2, 2),
                            "CHANGED_MIND", count(1, 2)));
            assertThat(r.getMap("requestedOutcomes"))
                    .isEqualTo(Map.of("REFUND", count(1, 1), "EXCHANGE", count(1, 2), "unknown", count(1, 1)));
            assertThat(r.getMap("receivedUnitsByDisposition")).isEqualTo(Map.of("DEFECTIVE", 1, "RESELLABLE", 1));
            assertThat(r.getMap("resolutions")).isEqualTo(Map.of("REFUNDED", count(1, 10), "EXCHANGED", count(1, 0)));
            assertThat(r.getDouble("refunds")).isEqualTo(1);
            assertThat(r.getDouble("refundedAmount")).isEqualTo(10.0);
            assertThat(r.getMap("defectCauses"))
                    .isEqualTo(Map.of("MANUFACTURING", count(1, 1), "NO_FAULT_FOUND", count(1, 1)));
            // Per day: 1 of 6 units asked back on day 0, 3 of 4 on day 1 (and 2 of them exchanged).
            assertThat(r.getList("periods.unitsShipped")).containsExactly(6, 4);
            assertThat(r.getList("periods.returns")).containsExactly(1, 2);
            assertThat(r.getList("periods.unitsReturned")).containsExactly(1, 3);
            assertThat(r.getList("periods.returnRate")).containsExactly(0.1667, 0.75);
            assertThat(r.getList("periods.unitsExchanged")).containsExactly(0, 2);
            assertThat(r.getList("periods.exchangeRate")).containsExactly(0.0, 0.5);
            // Per product, most returned first: RA-Y 3 of 7 (2 exchanged), RA-X 1 of 3.
            assertThat(r.getList("products.sku")).containsExactly("RA-Y", "RA-X");
            assertThat(r.getList("products.unitsShipped")).containsExactly(7, 3);
            assertThat(r.getList("products.unitsReturned")).containsExactly(3, 1);
            assertThat(r.getList("products.returnRate")).containsExactly(0.4286, 0.3333);
            assertThat(r.getList("products.unitsExchanged")).containsExactly(2, 0);
            assertThat(r.getList("products.exchangeRate")).containsExactly(0.2857, 0.0);
            assertThat(r.getList("products.defectUnits")).containsExactly(1, 1);
            // Grouped by month: one period with the range's figures.
            JsonPath month = returns(t, "month");
            assertThat(month.getList("periods.unitsReturned")).containsExactly(4);
            assertThat(month.getList("periods.returnRate")).containsExactly(0.4);
        }
        assertThat(withoutRange(returns(replayed, "day"))).isEqualTo(withoutRange(returns(inOrder, "day")));
    }

    @Test
    void aBadGroupingIsA400AndOnlyManagersAndAdminsReadReturns() {
        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("groupBy", "quarter")
                .get("/api/analytics/returns")
                .then()
                .statusCode(400)
                .body("error", org.hamcrest.Matchers.equalTo("invalid-groupBy"));
        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("from", "2030-02-01")
                .queryParam("to", "2030-01-01")
                .get("/api/analytics/returns")
                .then()
                .statusCode(400)
                .body("error", org.hamcrest.Matchers.equalTo("invalid-range"));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .get("/api/analytics/returns")
                .then()
                .statusCode(200);
        given().get("/api/analytics/returns").then().statusCode(401);
    }

    static List<Scenario.Delivery<?>> fixture(Instant t) {
        UUID o1 = UUID.randomUUID();
        UUID o2 = UUID.randomUUID();
        UUID o3 = UUID.randomUUID();
        UUID r1 = UUID.randomUUID();
        UUID r2 = UUID.randomUUID();
        UUID r3 = UUID.randomUUID();
        Instant day1 = t.plus(Duration.ofDays(1));
        List<Scenario.Delivery<?>> events = new ArrayList<>();
        events.add(d(Events.ORDER_RECEIVED, OrderEvents.orderEvent(o1, SalesChannel.SHOPIFY, "ra-1", t, "RA-X", 2)));
        events.add(d(
                Events.ORDER_RECEIVED,
                OrderEvents.orderEvent(o2, SalesChannel.SHOPIFY, "ra-2", t.plusSeconds(100), "RA-X", 1, "RA-Y", 3)));
        events.add(d(
                Events.ORDER_RECEIVED,
                OrderEvents.orderEvent(o3, SalesChannel.SHOPIFY, "ra-3", t.plusSeconds(200), "RA-Y", 4)));
        events.add(d(Events.SHIPPED, OrderEvents.shippedEvent(o1, t.plusSeconds(1000))));
        events.add(d(Events.SHIPPED, OrderEvents.shippedEvent(o3, t.plusSeconds(2000))));
        events.add(d(Events.SHIPPED, OrderEvents.shippedEvent(o2, day1.plusSeconds(100))));
        events.add(d(
                Events.RETURN_REQUESTED,
                new ReturnRequested(
                        r1,
                        o1,
                        "QUALITY",
                        List.of(new LineQuantity("RA-X", 1)),
                        "customer",
                        t.plusSeconds(3000),
                        "it broke",
                        "REFUND")));
        events.add(d(
                Events.RETURN_REQUESTED,
                new ReturnRequested(
                        r2,
                        o3,
                        "CHANGED_MIND",
                        List.of(new LineQuantity("RA-Y", 2)),
                        "customer",
                        day1.plusSeconds(500),
                        null,
                        "EXCHANGE")));
        events.add(d(
                Events.RETURN_REQUESTED,
                new ReturnRequested(
                        r3, o2, "QUALITY", List.of(new LineQuantity("RA-Y", 1)), "customer", day1.plusSeconds(600))));
        events.add(d(
                Events.EXCHANGE_REQUESTED,
                new ExchangeRequested(
                        r2,
                        o3,
                        "SO-3",
                        List.of(new ExchangeRequested.Line("RA-Y", 2, "size M")),
                        null,
                        "desk",
                        day1.plusSeconds(700))));
        events.add(d(
                Events.RETURN_RECEIVED,
                new ReturnReceived(
                        r1,
                        o1,
                        "LIS",
                        List.of(new ReturnReceived.Item("RA-X", 1, Disposition.DEFECTIVE, null)),
                        "desk",
                        t.plusSeconds(5000))));
        events.add(d(
                Events.RETURN_RECEIVED,
                new ReturnReceived(
                        r3,
                        o2,
                        "LIS",
                        List.of(new ReturnReceived.Item("RA-Y", 1, Disposition.RESELLABLE, null)),
                        "desk",
                        day1.plusSeconds(800))));
        events.add(d(
                Events.REFUND_ISSUED,
                new RefundIssued(
                        UUID.randomUUID(),
                        r1,
                        o1,
                        "SO-1",
                        new BigDecimal("10.00"),
                        "EUR",
                        new BigDecimal("10.00"),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        List.of(new RefundIssued.Line("RA-X", 1, new BigDecimal("10.00"))),
                        "desk",
                        t.plusSeconds(6000))));
        events.add(d(
                Events.RETURN_RESOLVED,
                new ReturnResolved(
                        r1, o1, ReturnOutcome.REFUNDED, new BigDecimal("10.00"), "EUR", "desk", t.plusSeconds(7000))));
        events.add(d(
                Events.RETURN_RESOLVED,
                new ReturnResolved(r2, o3, ReturnOutcome.EXCHANGED, null, null, "desk", day1.plusSeconds(900))));
        events.add(d(
                Events.QUALITY_DEFECT_REPORTED,
                new QualityDefectReported(
                        UUID.randomUUID(),
                        r1,
                        o1,
                        "RA-X",
                        1,
                        DefectCause.MANUFACTURING,
                        "seam",
                        "qc",
                        t.plusSeconds(8000))));
        events.add(d(
                Events.QUALITY_DEFECT_REPORTED,
                new QualityDefectReported(
                        UUID.randomUUID(),
                        r3,
                        o2,
                        "RA-Y",
                        1,
                        DefectCause.NO_FAULT_FOUND,
                        null,
                        "qc",
                        day1.plusSeconds(1000))));
        return events;
    }

    private static <T extends com.smartstore.oms.contracts.OmsEvent> Scenario.Delivery<T> d(
            com.smartstore.oms.contracts.EventType<T> type, T event) {
        return new Scenario.Delivery<>(type, event);
    }

    /** A nested {count, total}: JsonPath reads the nested long as an Integer, the double as a Double. */
    private static Map<String, Object> count(int count, double total) {
        return Map.of("count", count, "total", total);
    }

    private static JsonPath returns(Instant t, String groupBy) {
        return given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("from", t.toString())
                .queryParam("to", t.plus(Duration.ofDays(2)).toString())
                .queryParam("groupBy", groupBy)
                .get("/api/analytics/returns")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(DOUBLES);
    }

    private static Map<String, Object> withoutRange(JsonPath answer) {
        Map<String, Object> map = new java.util.HashMap<>(answer.getMap(""));
        map.remove("from");
        map.remove("to");
        map.remove("periods");
        return map;
    }
}

package com.smartstore.oms.analytics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Staff read their own assessment only; managers read anybody's (R-A7, R-T2). Figures: see Scenario. */
@QuarkusTest
class StaffKpiTest {

    @Test
    void aMemberOfStaffReadsTheirOwnAssessmentNextToTheTeams() {
        Scenario scenario = new Scenario(AnalyticsFiguresTest.isolatedWindow());
        scenario.deliverInOrder();

        assessment("reviewer", "reviewer", scenario.t)
                .statusCode(200)
                .body("kpis.user", equalTo("reviewer"))
                .body("kpis.steps.approved", equalTo(2))
                .body("kpis.slaBreaches", equalTo(1))
                .body("kpis.timeliness", equalTo(0.5f))
                .body("kpis.ordersEntered", equalTo(0))
                // everyone: 15 steps, 2 breaches with an owner -> 13 / 15
                .body("team.stepsTotal", equalTo(15))
                .body("team.timeliness", equalTo(0.8667f));
    }

    /**
     * Orders entered and entry accuracy from order-received's {@code enteredBy} (issue 13): the clerk keyed in four
     * orders: one went through, one was rejected, one was corrected (a second revision), one was rejected after a
     * correction; a platform order names nobody. 4 entered, 3 rejected or corrected, accuracy 1/4; the same when the
     * events arrive backwards, each twice with one id and once more with a new one.
     */
    @Test
    void ordersEnteredAndEntryAccuracyOfWhoKeyedThemIn() {
        for (boolean backwards : new boolean[] {false, true}) {
            Instant t = AnalyticsFiguresTest.isolatedWindow();
            String clerk = "entry-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            java.util.UUID ok = java.util.UUID.randomUUID();
            java.util.UUID rejected = java.util.UUID.randomUUID();
            java.util.UUID corrected = java.util.UUID.randomUUID();
            java.util.UUID both = java.util.UUID.randomUUID();
            java.util.List<Scenario.Delivery<?>> events = new java.util.ArrayList<>();
            events.add(received(ok, 1, clerk, t));
            events.add(received(rejected, 1, clerk, t.plusSeconds(60)));
            events.add(new Scenario.Delivery<>(
                    com.smartstore.oms.contracts.Events.ORDER_REJECTED,
                    OrderEvents.rejectedEvent(rejected, "rev", t.plusSeconds(600))));
            events.add(received(corrected, 1, clerk, t.plusSeconds(120)));
            events.add(received(corrected, 2, clerk, t.plusSeconds(900)));
            events.add(received(both, 1, clerk, t.plusSeconds(180)));
            events.add(received(both, 2, clerk, t.plusSeconds(1000)));
            events.add(new Scenario.Delivery<>(
                    com.smartstore.oms.contracts.Events.ORDER_REJECTED,
                    OrderEvents.rejectedEvent(both, "rev", t.plusSeconds(1100))));
            events.add(received(java.util.UUID.randomUUID(), 1, null, t.plusSeconds(240)));
            if (backwards) {
                java.util.Collections.reverse(events);
                for (Scenario.Delivery<?> d : events) {
                    String id = d.deliver();
                    d.deliver(id);
                    d.deliver();
                }
            } else {
                events.forEach(Scenario.Delivery::deliver);
            }

            assessment("manager", clerk, t)
                    .statusCode(200)
                    .body("kpis.ordersEntered", equalTo(4))
                    .body("kpis.entriesRejectedOrCorrected", equalTo(3))
                    .body("kpis.entryAccuracy", equalTo(0.25f))
                    .body("kpis.steps.entered", equalTo(4))
                    .body("team.ordersEntered", equalTo(4))
                    .body("team.entryAccuracy", equalTo(0.25f));
        }
    }

    private static Scenario.Delivery<?> received(java.util.UUID id, int revision, String by, Instant at) {
        var order = com.smartstore.oms.kit.testing.OrderBuilder.anOrder()
                .id(id)
                .number("SO-" + id.toString().substring(0, 8))
                .revision(revision)
                .channel(
                        by == null
                                ? com.smartstore.oms.contracts.events.SalesChannel.SHOPIFY
                                : com.smartstore.oms.contracts.events.SalesChannel.REST)
                .line("SKU-E", 1, "10.00")
                .receivedAt(at);
        if (by != null) {
            order.enteredBy(by, "order-clerk");
        }
        return new Scenario.Delivery<>(com.smartstore.oms.contracts.Events.ORDER_RECEIVED, order.build());
    }

    @Test
    void staffCannotReadSomebodyElsesButAManagerCan() {
        Scenario scenario = new Scenario(AnalyticsFiguresTest.isolatedWindow());
        scenario.deliverInOrder();

        assessment("reviewer", "pick1", scenario.t).statusCode(403).body("error", equalTo("not-your-kpis"));
        assessment("warehouse", "pick1", scenario.t).statusCode(403);
        assessment("manager", "pick1", scenario.t)
                .statusCode(200)
                .body("kpis.steps.picked", equalTo(2))
                .body("kpis.timeliness", equalTo(0.5f));
    }

    @Test
    void withoutARangeTheAssessmentIsOfTheLastFullMonth() {
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .get("/api/analytics/staff/order-clerk/assessment")
                .then()
                .statusCode(200)
                .body("from", notNullValue())
                .body("kpis.user", equalTo("order-clerk"));
    }

    private static ValidatableResponse assessment(String as, String user, Instant t) {
        return given().auth()
                .oauth2(Tokens.of(as))
                .queryParam("from", t.toString())
                .queryParam("to", t.plus(Duration.ofDays(2)).toString())
                .get("/api/analytics/staff/" + user + "/assessment")
                .then();
    }
}

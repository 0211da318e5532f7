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
                .body("kpis.ordersEntered", equalTo(null))
                // everyone: 15 steps, 2 breaches with an owner -> 13 / 15
                .body("team.stepsTotal", equalTo(15))
                .body("team.timeliness", equalTo(0.8667f));
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

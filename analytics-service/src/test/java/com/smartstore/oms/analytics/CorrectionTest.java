package com.smartstore.oms.analytics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A staff correction replaces a recorded stage duration in the figures, keeps an audit trail, edits no history. */
@QuarkusTest
class CorrectionTest {

    @Test
    void aCorrectionIsAnAdjustmentWithAnAuditTrail() {
        Instant t = OrderEvents.freshWindow();
        UUID id = UUID.randomUUID();
        OrderEvents.received(id, t);
        OrderEvents.approved(id, t.plusSeconds(10));
        OrderEvents.picked(id, t.plusSeconds(40));
        OrderEvents.shipped(id, t.plusSeconds(100));

        correct(id, "received-to-approved", 20, "the approval was clicked 10 s late")
                .statusCode(201)
                .body("previousSeconds", equalTo(10))
                .body("correctedSeconds", equalTo(20))
                .body("correctedBy", equalTo("manager"));
        tts(t).body("stages.receivedToApproved.meanSeconds", equalTo(20.0f));
        stages(t).body("overall.stages.received-to-approved.meanSeconds", equalTo(20.0f));

        correct(id, "received-to-approved", 30, "it was 30 s after all")
                .statusCode(201)
                .body("previousSeconds", equalTo(20));
        // A late event of the order recomputes its facts: the newest correction still applies.
        OrderEvents.approved(id, t.plusSeconds(5));
        tts(t).body("stages.receivedToApproved.meanSeconds", equalTo(30.0f))
                .body("stages.receivedToApproved.count", equalTo(1));

        given().auth()
                .oauth2(Tokens.of("admin"))
                .get("/api/analytics/orders/" + id + "/corrections")
                .then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].correctedSeconds", equalTo(30))
                .body("[1].reason", equalTo("the approval was clicked 10 s late"));
        // The service's audit log (R-SEC3) has both corrections, by whom, with the values replaced.
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .queryParam("orderId", id.toString())
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("action", equalTo(java.util.List.of("CORRECTED", "CORRECTED")))
                .body("[0].by", equalTo("manager"))
                .body("[0].roles", equalTo(java.util.List.of("manager")))
                .body("[0].subject", equalTo("received-to-approved"))
                .body("[1].details.previousSeconds", equalTo(20))
                .body("[1].details.correctedSeconds", equalTo(30));
        // History is untouched: the timeline still has the events' times.
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/analytics/orders/" + id + "/timeline")
                .then()
                .body("approvedAt", equalTo(t.plusSeconds(5).toString()));
    }

    @Test
    void aBadCorrectionIsRefusedNamingWhatIsWrong() {
        Instant t = OrderEvents.freshWindow();
        UUID id = UUID.randomUUID();
        OrderEvents.received(id, t);

        correct(id, "coffee-break", 20, "x").statusCode(400).body("error", equalTo("invalid-stage"));
        correct(id, "manual-review", -1, "x").statusCode(400).body("error", equalTo("invalid-corrected-seconds"));
        correct(id, "manual-review", 5, " ").statusCode(400).body("error", equalTo("invalid-reason"));
        correct(UUID.randomUUID(), "manual-review", 5, "x").statusCode(404);
    }

    private static ValidatableResponse correct(UUID id, String stage, long seconds, String reason) {
        return given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType("application/json")
                .body(Map.of("orderId", id.toString(), "stage", stage, "correctedSeconds", seconds, "reason", reason))
                .post("/api/analytics/corrections")
                .then();
    }

    private static ValidatableResponse tts(Instant t) {
        return range("/api/analytics/time-to-ship", t);
    }

    private static ValidatableResponse stages(Instant t) {
        return range("/api/analytics/stages", t);
    }

    private static ValidatableResponse range(String path, Instant t) {
        return given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("from", t.toString())
                .queryParam("to", t.plus(Duration.ofDays(1)).toString())
                .get(path)
                .then()
                .statusCode(200);
    }
}

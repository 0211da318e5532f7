package com.smartstore.oms.review;

import static com.smartstore.oms.review.ReviewFixtures.awaitEvents;
import static com.smartstore.oms.review.ReviewFixtures.heldForWrongPrice;
import static com.smartstore.oms.review.ReviewFixtures.review;
import static com.smartstore.oms.review.ReviewFixtures.updateReview;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R-T1 with real tokens: a trainee's decision is only prepared until a different, non-trainee reviewer confirms it. */
@QuarkusTest
class TraineeFourEyesTest {

    @Test
    void aTraineesApprovalIsPublishedOnlyOnceAReviewerConfirmsIt() {
        OrderHeld held = heldForWrongPrice(SalesChannel.REST);
        String id = held.reviewId().toString();

        post(id, "approve", "trainee", null)
                .statusCode(200)
                .body("status", equalTo("AWAITING_CONFIRMATION"))
                .body("prepared.decision", equalTo("APPROVE"))
                .body("prepared.by", equalTo("trainee"))
                .body("prepared.at", notNullValue())
                .body("decidedBy", nullValue());
        post(id, "confirm", "trainee", null).statusCode(403).body("error", equalTo("trainee-cannot-confirm"));
        post(id, "approve", "trainee", null).statusCode(409).body("error", equalTo("review-not-pending"));
        assertThat(approvals(held.orderId())).isZero();

        post(id, "confirm", "reviewer", null)
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("reviewer"))
                .body("prepared.by", equalTo("trainee"));

        OrderApproved approved =
                awaitEvents(Events.ORDER_APPROVED, held.orderId(), 1).get(0);
        assertThat(approved.approvedBy()).isEqualTo("reviewer");
        assertThat(approved.reviewId()).isEqualTo(held.reviewId());
        post(id, "confirm", "reviewer", null)
                .statusCode(409)
                .body("error", equalTo("review-not-awaiting-confirmation"));
    }

    @Test
    void aTraineesRejectionReachesIntakeWithItsReasonOnceConfirmed() {
        OrderHeld held = heldForWrongPrice(SalesChannel.STAFF);
        String id = held.reviewId().toString();

        post(id, "reject", "trainee", Map.of("reasonCode", "PRICE", "reason", "Re-enter at 12.50"))
                .statusCode(200)
                .body("status", equalTo("AWAITING_CONFIRMATION"))
                .body("prepared.decision", equalTo("REJECT"))
                .body("prepared.reason", equalTo("Re-enter at 12.50"))
                .body("reason", nullValue());

        post(id, "confirm", "reviewer", null)
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("reasonCode", equalTo("PRICE"));

        OrderRejected rejected =
                awaitEvents(Events.ORDER_REJECTED, held.orderId(), 1).get(0);
        assertThat(rejected.reason()).isEqualTo("Re-enter at 12.50");
        assertThat(rejected.reasonCode()).isEqualTo("PRICE");
        assertThat(rejected.rejectedBy()).isEqualTo("reviewer");
    }

    @Test
    void theSamePersonCannotConfirmTheirOwnPreparedDecision() {
        OrderHeld held = heldForWrongPrice(SalesChannel.REST);
        String id = held.reviewId().toString();
        post(id, "approve", "trainee", null).statusCode(200);
        // As if the reviewer had prepared it while still a trainee and since been promoted.
        updateReview(id, "prepared_by = 'reviewer'");

        post(id, "confirm", "reviewer", null).statusCode(409).body("error", equalTo("same-person"));
        post(id, "approve", "reviewer", null).statusCode(409).body("error", equalTo("same-person"));
        review(id).body("status", equalTo("AWAITING_CONFIRMATION"));
    }

    @Test
    void onlyPreparedDecisionsCanBeConfirmed() {
        String id = heldForWrongPrice(SalesChannel.REST).reviewId().toString();

        post(id, "confirm", "reviewer", null)
                .statusCode(409)
                .body("error", equalTo("review-not-awaiting-confirmation"));
        post(UUID.randomUUID().toString(), "confirm", "reviewer", null).statusCode(404);
        post(id, "confirm", "manager", null).statusCode(403);
    }

    private static long approvals(UUID orderId) {
        return TestKafka.records(
                        Events.ORDER_APPROVED.topic(), r -> orderId.toString().equals(r.key()))
                .size();
    }

    private static ValidatableResponse post(String id, String action, String user, Object body) {
        var request = given().auth().oauth2(Tokens.of(user));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/reviews/" + id + "/" + action).then();
    }
}

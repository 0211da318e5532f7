package com.smartstore.oms.review;

import static com.smartstore.oms.review.ReviewFixtures.heldForWrongPrice;
import static com.smartstore.oms.review.ReviewFixtures.review;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 case 7: a claimed review is decided only by the reviewer who claimed it (R-R3); deciding an unclaimed
 * one claims it; a manager may release a claim so that someone else can take over.
 */
@QuarkusTest
class ClaimTest {

    @Test
    void aReviewClaimedByAnotherReviewerCannotBeDecided() {
        String id = heldForWrongPrice(SalesChannel.REST).reviewId().toString();
        post("trainee", id, "claim").statusCode(200);

        post("reviewer", id, "approve")
                .statusCode(409)
                .body("error", equalTo("claimed-by-another"))
                .body("message", containsString("claimed by trainee"));
        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "price is wrong"))
                .post("/api/reviews/" + id + "/reject")
                .then()
                .statusCode(409)
                .body("error", equalTo("claimed-by-another"));
        review(id).body("status", equalTo("PENDING")).body("assignee", equalTo("trainee"));
    }

    @Test
    void decidingAnUnclaimedReviewClaimsIt() {
        String id = heldForWrongPrice(SalesChannel.REST).reviewId().toString();

        post("reviewer", id, "approve").statusCode(200).body("status", equalTo("APPROVED"));

        review(id).body("assignee", equalTo("reviewer")).body("decidedBy", equalTo("reviewer"));
    }

    @Test
    void aManagerReleasesAClaimAndAnotherReviewerDecides() {
        String id = heldForWrongPrice(SalesChannel.REST).reviewId().toString();
        post("trainee", id, "claim").statusCode(200);

        post("reviewer", id, "release").statusCode(409).body("error", equalTo("claimed-by-another"));
        post("manager", id, "release").statusCode(200).body("assignee", equalTo(null));

        post("reviewer", id, "approve").statusCode(200).body("status", equalTo("APPROVED"));
    }

    private static ValidatableResponse post(String user, String id, String action) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .post("/api/reviews/" + id + "/" + action)
                .then();
    }
}

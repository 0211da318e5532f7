package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.ReviewFixtures.awaitEvents;
import static com.smartstore.oms.review.ReviewFixtures.catalogued;
import static com.smartstore.oms.review.ReviewFixtures.deliverOrder;
import static com.smartstore.oms.review.ReviewFixtures.newSku;
import static com.smartstore.oms.review.ReviewFixtures.review;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The manual queue: a held order is listed with its failed rules, and a reviewer approves or rejects it once. */
@QuarkusTest
class ManualReviewTest {

    @Test
    void wrongPriceIsQueuedAndApprovedByAReviewer() {
        OrderHeld held = heldForWrongPrice();
        String reviewId = held.reviewId().toString();
        assertThat(held.failedRules()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("price-matches-catalogue");
            assertThat(f.explanation()).contains("10.00 ordered, the catalogue price is 12.50");
        });
        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .queryParam("status", "PENDING")
                .queryParam("orderId", held.orderId().toString())
                .get("/api/reviews")
                .then()
                .statusCode(200)
                .body("items.id", contains(reviewId))
                .body("items[0].orderNumber", equalTo(held.orderNumber()))
                .body("items[0].customerName", equalTo("Ana Silva"))
                .body("items[0].totalAmount", equalTo(20.0f))
                .body("items[0].failedRules.rule", contains("price-matches-catalogue"))
                .body("items[0].createdAt", notNullValue());
        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("status", "pending")
                .get("/api/reviews")
                .then()
                .statusCode(200)
                .body("items.status", hasItem("PENDING"));

        decide(reviewId, "approve", null)
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("reviewer"))
                .body("decidedAt", notNullValue());

        OrderApproved approved =
                awaitEvents(Events.ORDER_APPROVED, held.orderId(), 1).get(0);
        assertThat(approved.automatic()).isFalse();
        assertThat(approved.approvedBy()).isEqualTo("reviewer");
        assertThat(approved.reviewId()).isEqualTo(held.reviewId());
        assertThat(approved.lines())
                .hasSize(1)
                .first()
                .extracting(LineQuantity::quantity)
                .isEqualTo(2);

        decide(reviewId, "approve", null)
                .statusCode(409)
                .body("error", equalTo("review-not-pending"))
                .body("message", containsString("is APPROVED already by reviewer"));
        decide(reviewId, "reject", Map.of("reason", "changed my mind")).statusCode(409);
    }

    @Test
    void aRejectionCarriesTheReasonBackToIntake() {
        OrderHeld held = heldForWrongPrice();
        String reviewId = held.reviewId().toString();

        decide(reviewId, "reject", Map.of("reasonCode", "PRICE", "reason", "Price is outdated; re-enter at 12.50"))
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("reasonCode", equalTo("PRICE"))
                .body("reason", equalTo("Price is outdated; re-enter at 12.50"));

        OrderRejected rejected =
                awaitEvents(Events.ORDER_REJECTED, held.orderId(), 1).get(0);
        assertThat(rejected.reason()).isEqualTo("Price is outdated; re-enter at 12.50");
        assertThat(rejected.reasonCode()).isEqualTo("PRICE");
        assertThat(rejected.rejectedBy()).isEqualTo("reviewer");
        assertThat(rejected.reviewId()).isEqualTo(held.reviewId());
        review(reviewId).body("status", equalTo("REJECTED")).body("decidedBy", equalTo("reviewer"));
        decide(reviewId, "approve", null).statusCode(409);
    }

    @Test
    void badRequestsAreExplained() {
        OrderHeld held = heldForWrongPrice();

        decide(held.reviewId().toString(), "reject", Map.of("reasonCode", "PRICE", "reason", " "))
                .statusCode(400)
                .body("error", equalTo("validation-failed"))
                .body("details.field", contains("reason"));
        review(held.reviewId().toString()).body("status", equalTo("PENDING"));
        decide(UUID.randomUUID().toString(), "approve", null).statusCode(404).body("error", equalTo("not-found"));
        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .queryParam("status", "WAITING")
                .get("/api/reviews")
                .then()
                .statusCode(400)
                .body("error", equalTo("bad-status"))
                .body("message", containsString("PENDING"));
    }

    private static OrderHeld heldForWrongPrice() {
        String sku = newSku();
        catalogued(sku, "12.50", 10);
        OrderReceived order = anOrder().line(sku, 2, "10.00").build();
        deliverOrder(order);
        return awaitEvents(Events.ORDER_HELD, order.orderId(), 1).get(0);
    }

    private static io.restassured.response.ValidatableResponse decide(String reviewId, String action, Object body) {
        var request = given().auth().oauth2(Tokens.of("reviewer"));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/reviews/" + reviewId + "/" + action).then();
    }
}

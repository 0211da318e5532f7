package com.smartstore.oms.review;

import static com.smartstore.oms.review.ReviewFixtures.heldForWrongPrice;
import static com.smartstore.oms.review.ReviewFixtures.review;
import static com.smartstore.oms.review.ReviewFixtures.updateReview;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manual queue (R-R3..R-R5): deadline, one owner, notes, and the filters a reviewer works with. */
@QuarkusTest
class QueueTest {

    @Test
    void aHeldReviewIsDueInFourHoursAndHasOneOwner() {
        OrderHeld held = heldForWrongPrice(SalesChannel.SHOPIFY);
        String id = held.reviewId().toString();

        var body = review(id)
                .body("assignee", nullValue())
                .body("overdue", equalTo(false))
                .body("channel", equalTo("SHOPIFY"))
                .extract()
                .jsonPath();
        Duration due =
                Duration.between(Instant.parse(body.getString("createdAt")), Instant.parse(body.getString("dueAt")));
        assertThat(due).isEqualTo(Duration.ofHours(4));

        post(id, "claim", "reviewer", null)
                .statusCode(200)
                .body("assignee", equalTo("reviewer"))
                .body("claimedAt", notNullValue());
        post(id, "claim", "reviewer", null).statusCode(200).body("assignee", equalTo("reviewer"));
        post(id, "claim", "trainee", null)
                .statusCode(409)
                .body("error", equalTo("claimed-by-another"))
                .body("message", containsString("claimed by reviewer"));
        review(id).body("assignee", equalTo("reviewer"));
    }

    @Test
    void notesRecordWhoWroteWhatAndWhen() {
        String id = heldForWrongPrice(SalesChannel.REST).reviewId().toString();

        post(id, "notes", "reviewer", Map.of("text", "Called the customer: they accept 12.50"))
                .statusCode(201)
                .body("author", equalTo("reviewer"))
                .body("text", equalTo("Called the customer: they accept 12.50"))
                .body("createdAt", notNullValue());
        post(id, "notes", "trainee", Map.of("text", "Sales confirms the old price expired"))
                .statusCode(201);
        post(id, "notes", "reviewer", Map.of("text", " ")).statusCode(400).body("details.field", hasSize(1));
        post("00000000-0000-0000-0000-000000000000", "notes", "reviewer", Map.of("text", "x"))
                .statusCode(404);

        review(id)
                .body("notes", hasSize(2))
                .body("notes[0].author", equalTo("reviewer"))
                .body("notes[0].text", equalTo("Called the customer: they accept 12.50"))
                .body("notes[1].author", equalTo("trainee"));
    }

    @Test
    void theQueueFiltersByRuleChannelAssigneeAndOverdue() {
        OrderHeld held = heldForWrongPrice(SalesChannel.WOOCOMMERCE);
        String id = held.reviewId().toString();
        String order = held.orderId().toString();

        list(Map.of("orderId", order, "rule", "price-matches-catalogue")).body("items.id", hasSize(1));
        list(Map.of("orderId", order, "rule", "stock-sufficient")).body("items.id", hasSize(0));
        list(Map.of("orderId", order, "channel", "woocommerce"))
                .body("items.id", hasSize(1))
                .body("items[0].channel", equalTo("WOOCOMMERCE"));
        list(Map.of("orderId", order, "channel", "REST")).body("items.id", hasSize(0));
        list(Map.of("orderId", order, "assignee", "reviewer")).body("items.id", hasSize(0));
        post(id, "claim", "reviewer", null).statusCode(200);
        list(Map.of("orderId", order, "assignee", "reviewer"))
                .body("items.id", hasSize(1))
                .body("items[0].assignee", equalTo("reviewer"));

        list(Map.of("orderId", order, "overdue", "true")).body("items.id", hasSize(0));
        updateReview(id, "due_at = now() - interval '1 minute'");
        list(Map.of("orderId", order, "overdue", "true"))
                .body("items.id", hasSize(1))
                .body("items[0].overdue", equalTo(true));
        list(Map.of("orderId", order, "overdue", "false")).body("items.id", hasSize(0));
        review(id).body("overdue", equalTo(true));
    }

    @Test
    void theQueueIsPagedWithATotal() {
        heldForWrongPrice(SalesChannel.STOREFRONT);
        heldForWrongPrice(SalesChannel.STOREFRONT);

        ValidatableResponse first = list(Map.of("channel", "STOREFRONT", "size", "1"));
        first.body("items.id", hasSize(1)).body("page", equalTo(0)).body("size", equalTo(1));
        int total = first.extract().path("total");
        assertThat(total).isGreaterThanOrEqualTo(2);
        list(Map.of("channel", "STOREFRONT", "size", "1", "page", "1")).body("items.id", hasSize(1));
    }

    @Test
    void badFiltersAreExplained() {
        list400(Map.of("channel", "FAX"))
                .body("error", equalTo("bad-channel"))
                .body("message", containsString("SHOPIFY"));
        list400(Map.of("overdue", "maybe")).body("error", equalTo("bad-overdue"));
    }

    private static ValidatableResponse post(String id, String action, String user, Object body) {
        var request = given().auth().oauth2(Tokens.of(user));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/reviews/" + id + "/" + action).then();
    }

    private static ValidatableResponse list(Map<String, String> query) {
        return given().auth()
                .oauth2(Tokens.of("reviewer"))
                .queryParams(query)
                .get("/api/reviews")
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse list400(Map<String, String> query) {
        return given().auth()
                .oauth2(Tokens.of("reviewer"))
                .queryParams(query)
                .get("/api/reviews")
                .then()
                .statusCode(400);
    }
}

package com.smartstore.oms.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/** Every consumed step lands in the order's timeline at its CloudEvents time, without personal data (R-A1). */
@QuarkusTest
class OrderTimelineTest {

    @Test
    void everyStepIsRecordedAtItsEventTime() {
        Instant t = OrderEvents.freshWindow();
        UUID id = UUID.randomUUID();
        OrderEvents.received(id, t);
        OrderEvents.held(id, t.plusSeconds(1));
        OrderEvents.rejected(id, t.plusSeconds(2));
        OrderEvents.approved(id, t.plusSeconds(3));
        OrderEvents.picked(id, t.plusSeconds(4));
        OrderEvents.shipped(id, t.plusSeconds(5));
        OrderEvents.returnRequested(id, t.plusSeconds(6));

        // Seven topics are consumed independently: wait for every step, whatever order they land in.
        for (String step : new String[] {"receivedAt", "heldAt", "rejectedAt", "approvedAt", "pickedAt", "shippedAt"}) {
            awaitTimeline(id, step, not(nullValue()));
        }
        awaitTimeline(id, "returnRequestedAt", not(nullValue()))
                .body("receivedAt", equalTo(t.toString()))
                .body("heldAt", equalTo(t.plusSeconds(1).toString()))
                .body("rejectedAt", equalTo(t.plusSeconds(2).toString()))
                .body("approvedAt", equalTo(t.plusSeconds(3).toString()))
                .body("pickedAt", equalTo(t.plusSeconds(4).toString()))
                .body("shippedAt", equalTo(t.plusSeconds(5).toString()))
                .body("returnRequestedAt", equalTo(t.plusSeconds(6).toString()));
    }

    @Test
    void keepsOnlyNonPersonalFactsOfTheOrder() {
        UUID id = UUID.randomUUID();
        OrderEvents.received(id, OrderEvents.freshWindow());

        String body = awaitTimeline(id, "orderNumber", not(nullValue()))
                .body("orderNumber", equalTo("SO-" + id.toString().substring(0, 8)))
                .body("channel", equalTo("SHOPIFY"))
                .body("customerPseudonym", equalTo("pseudo-" + id))
                .body("totalAmount", equalTo(25.0f))
                .body("currency", equalTo("EUR"))
                .body("lineCount", equalTo(2))
                .extract()
                .asString();
        assertThat(body).doesNotContain("Ana", "ana@example.com", "+351", "Rua Augusta", "Lisboa", "1100-053");
    }

    @Test
    void theNewestRevisionDescribesTheOrderAndTheFirstReceiptTimeStands() {
        Instant t = OrderEvents.freshWindow();
        UUID id = UUID.randomUUID();
        Deliver.event(Events.ORDER_RECEIVED, OrderEvents.receivedEvent(id, 2, "30.00", t.plusSeconds(600)));
        awaitTimeline(id, "revision", equalTo(2));

        // The first revision arrives late (another partition, a replay): older time wins, older facts do not.
        Deliver.event(Events.ORDER_RECEIVED, OrderEvents.receivedEvent(id, 1, "25.00", t));
        awaitTimeline(id, "receivedAt", equalTo(t.toString()))
                .body("revision", equalTo(2))
                .body("totalAmount", equalTo(30.0f));
    }

    @Test
    void anOrderNeverSeenIs404() {
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/analytics/orders/" + UUID.randomUUID() + "/timeline")
                .then()
                .statusCode(404)
                .body("error", equalTo("not-found"));
    }

    private static ValidatableResponse awaitTimeline(UUID id, String field, Matcher<?> matcher) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> timeline(id).statusCode(200).body(field, matcher));
        return timeline(id);
    }

    private static ValidatableResponse timeline(UUID id) {
        return given().auth()
                .oauth2(Tokens.of("admin"))
                .get("/api/analytics/orders/" + id + "/timeline")
                .then();
    }
}

package com.smartstore.oms.review;

import static com.smartstore.oms.review.ReviewFixtures.PATIENCE;
import static com.smartstore.oms.review.ReviewFixtures.awaitEvents;
import static com.smartstore.oms.review.ReviewFixtures.heldForWrongPrice;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.sla.DeadlineWatch;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestClock;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** R-R4: an overdue held order is escalated by the scheduled check, with one {@code sla-breached}. */
@QuarkusTest
class SlaEscalationTest {
    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void backToSystemTime() {
        clock.reset();
    }

    @Test
    void anOverdueReviewIsEscalatedOnceWithItsOwner() {
        OrderHeld held = heldForWrongPrice(SalesChannel.REST);
        String id = held.reviewId().toString();
        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .post("/api/reviews/" + id + "/claim")
                .then()
                .statusCode(200);
        escalated(held, "false").body("items.id", contains(id));

        // Five hours later (oms.sla.manual-review-hours is 4). Two more checks race the scheduled one (every second
        // in tests), as a second instance would: still one breach.
        clock.advance(Duration.ofHours(5));
        CompletableFuture<?> a = CompletableFuture.runAsync(() -> Db.call(watch::checkNow));
        CompletableFuture<?> b = CompletableFuture.runAsync(() -> Db.call(watch::checkNow));
        CompletableFuture.allOf(a, b).join();

        SlaBreached breach = awaitEvents(Events.SLA_BREACHED, held.orderId(), 1).get(0);
        assertThat(breach.kind()).isEqualTo(SlaKind.MANUAL_REVIEW);
        assertThat(breach.subjectId()).isEqualTo(id);
        assertThat(breach.service()).isEqualTo("review-service");
        assertThat(breach.owner()).isEqualTo("reviewer");
        assertThat(breach.orderNumber()).isEqualTo(held.orderNumber());
        assertThat(breach.deadline()).isBefore(breach.detectedAt());

        await().atMost(PATIENCE)
                .untilAsserted(() -> given().auth()
                        .oauth2(Tokens.of("manager"))
                        .queryParam("orderId", held.orderId().toString())
                        .queryParam("escalated", "true")
                        .get("/api/reviews")
                        .then()
                        .statusCode(200)
                        .body("items.id", contains(id))
                        .body("items[0].overdue", equalTo(true))
                        .body("items[0].escalatedAt", notNullValue()));
        escalated(held, "false").body("items.id", hasSize(0));

        // Later checks find it escalated already: no second breach.
        Db.call(watch::checkNow);
        assertThat(TestKafka.records(
                        Events.SLA_BREACHED.topic(),
                        r -> held.orderId().toString().equals(r.key())))
                .hasSize(1);
    }

    @Test
    void aReviewWithinItsDeadlineIsNotEscalated() {
        OrderHeld held = heldForWrongPrice(SalesChannel.REST);

        // Three hours later, still within the four: a check escalates other reviews, if any, but not this one.
        clock.advance(Duration.ofHours(3));
        Db.call(watch::checkNow);

        escalated(held, "true").body("items.id", hasSize(0));
        escalated(held, "false").body("items[0].overdue", equalTo(false));
        assertThat(TestKafka.records(
                        Events.SLA_BREACHED.topic(),
                        r -> held.orderId().toString().equals(r.key())))
                .isEmpty();
    }

    private static io.restassured.response.ValidatableResponse escalated(OrderHeld held, String escalated) {
        return given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("orderId", held.orderId().toString())
                .queryParam("escalated", escalated)
                .get("/api/reviews")
                .then()
                .statusCode(200);
    }
}

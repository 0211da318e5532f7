package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order's status and history follow the events review, warehouse and shipping publish. */
@QuarkusTest
class OrderProgressTest {
    /** Later than the orders the tests create, so history order is predictable. */
    private static final Instant T0 = Instant.now().plusSeconds(3600);

    @Test
    void heldThenApprovedThenPickedThenShipped() {
        UUID id = Fixtures.createOrder("SKU-A");
        String number = orderNumber(id);
        Deliver.event(
                Events.ORDER_HELD,
                new OrderHeld(
                        id,
                        number,
                        1,
                        UUID.randomUUID(),
                        List.of(new OrderHeld.RuleFailure("price", "price differs")),
                        T0));
        String approvedId = Deliver.event(Events.ORDER_APPROVED, approved(id, number, T0.plusSeconds(60)));
        // A redelivered approval must not add a second history entry.
        Deliver.event(Events.ORDER_APPROVED, approved(id, number, T0.plusSeconds(60)), approvedId);
        Deliver.event(
                Events.PICKED,
                new Picked(
                        id,
                        UUID.randomUUID(),
                        "LIS",
                        List.of(new LineQuantity("SKU-A", 2)),
                        List.of(),
                        "warehouse",
                        T0.plusSeconds(120)));
        Deliver.event(
                Events.SHIPPED,
                new Shipped(id, UUID.randomUUID(), "CTT", "RR1PT", null, "shipping", T0.plusSeconds(180)));

        // Four topics, consumed independently: wait for the whole history, whatever order it arrives in.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> get(id).body(
                                "history.status",
                                contains("RECEIVED", "IN_MANUAL_REVIEW", "APPROVED", "PICKED", "SHIPPED")));
        get(id).body("status", equalTo("SHIPPED"))
                .body("history[1].detail", equalTo("price: price differs"))
                .body("history[4].detail", equalTo("CTT RR1PT"));
    }

    @Test
    void lateEventIsRecordedWithoutMovingTheStatusBack() {
        UUID id = Fixtures.createOrder("SKU-B");
        String number = orderNumber(id);
        Deliver.event(
                Events.SHIPPED,
                new Shipped(id, UUID.randomUUID(), "DHL", "JD1", null, "shipping", T0.plusSeconds(300)));
        awaitStatus(id, "SHIPPED");
        Deliver.event(Events.ORDER_APPROVED, approved(id, number, T0));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> get(id).body("history.status", contains("RECEIVED", "APPROVED", "SHIPPED")));
        get(id).body("status", equalTo("SHIPPED"));
    }

    @Test
    void rejectionShowsTheReviewersReason() {
        UUID id = Fixtures.createOrder("SKU-C");
        Deliver.event(
                Events.ORDER_REJECTED,
                new OrderRejected(
                        id,
                        orderNumber(id),
                        1,
                        UUID.randomUUID(),
                        "PRICE_MISMATCH",
                        "Price is outdated",
                        "reviewer",
                        T0));
        awaitStatus(id, "REJECTED")
                .body("history[1].detail", equalTo("PRICE_MISMATCH: Price is outdated"))
                .body("history[1].by", equalTo("reviewer"));
    }

    private static OrderApproved approved(UUID id, String number, Instant at) {
        return new OrderApproved(
                id, number, 1, UUID.randomUUID(), true, "auto", List.of(new LineQuantity("SKU-A", 2)), null, at);
    }

    private static String orderNumber(UUID id) {
        return get(id).extract().path("orderNumber");
    }

    private static ValidatableResponse awaitStatus(UUID id, String status) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> status.equals(get(id).extract().path("status")));
        return get(id);
    }

    private static ValidatableResponse get(UUID id) {
        return given().auth()
                .oauth2(Tokens.of("customer-service"))
                .get("/api/orders/" + id)
                .then()
                .statusCode(200);
    }
}

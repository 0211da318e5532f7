package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 case 1: intake shows review's newest decision by its {@code sequence}, whatever order the three topics
 * are consumed in; a hold or rejection after an approval is shown, and a late rejection reaches the clerks'
 * correction list (R-I9).
 */
@QuarkusTest
class DecisionSequenceTest {
    private static final Instant T0 = Instant.now().plusSeconds(3600);

    @Test
    void aRejectionAfterAnApprovalIsShownAndListedForCorrection() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        String number = Fixtures.orderNumber(id);
        Deliver.event(Events.ORDER_APPROVED, approved(id, number, 1L, T0));
        Fixtures.awaitStatus(id, "APPROVED");

        Deliver.event(Events.ORDER_REJECTED, rejected(id, number, 2L, T0.plusSeconds(60)));
        Fixtures.awaitStatus(id, "REJECTED");
        corrections(id).body("items.id", hasItem(id.toString()));
        corrections(id).body("items.find { it.id == \'" + id + "\' }.reasonCode", equalTo("BLACKLISTED_ADDRESS"));
    }

    @Test
    void aRejectionAfterPickingKeepsThePickedStatusButListsTheOrderForTheClerkUntilANewerApproval() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        String number = Fixtures.orderNumber(id);
        Deliver.event(Events.ORDER_APPROVED, approved(id, number, 1L, T0));
        Fixtures.awaitStatus(id, "APPROVED");
        Fixtures.reach(id, "PICKED");

        // The goods are packed and the warehouse and shipping stop them: without the list entry the order waited for
        // nobody, forever (./run.sh interleavings: an order rejected while being picked stayed PICKED).
        Deliver.event(Events.ORDER_REJECTED, rejected(id, number, 2L, T0.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> corrections(id).body("items.id", hasItem(id.toString())));
        corrections(id).body("items.find { it.id == \'" + id + "\' }.status", equalTo("PICKED"));
        corrections(id).body("items.find { it.id == \'" + id + "\' }.reasonCode", equalTo("BLACKLISTED_ADDRESS"));
        Fixtures.get(id).body("status", equalTo("PICKED"));

        Deliver.event(Events.ORDER_APPROVED, approved(id, number, 3L, T0.plusSeconds(120)));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> corrections(id).body("items.id", not(hasItem(id.toString()))));
    }

    @Test
    void aHoldAfterAnApprovalIsShownAndAReApprovalResumes() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        String number = Fixtures.orderNumber(id);
        Deliver.event(Events.ORDER_APPROVED, approved(id, number, 1L, T0));
        Fixtures.awaitStatus(id, "APPROVED");
        Deliver.event(Events.ORDER_HELD, held(id, number, 2L, T0.plusSeconds(60)));
        Fixtures.awaitStatus(id, "IN_MANUAL_REVIEW");
        Deliver.event(Events.ORDER_APPROVED, approved(id, number, 3L, T0.plusSeconds(120)));
        Fixtures.awaitStatus(id, "APPROVED");
    }

    @Test
    void anOlderDecisionArrivingLateIsRecordedButDoesNotWin() {
        UUID held = Fixtures.createOrder(Fixtures.newSku());
        String heldNumber = Fixtures.orderNumber(held);
        Deliver.event(Events.ORDER_HELD, held(held, heldNumber, 2L, T0.plusSeconds(60)));
        Fixtures.awaitStatus(held, "IN_MANUAL_REVIEW");
        Deliver.event(Events.ORDER_APPROVED, approved(held, heldNumber, 1L, T0));
        awaitHistory(held, "APPROVED");
        Fixtures.get(held).body("status", equalTo("IN_MANUAL_REVIEW"));

        UUID rejected = Fixtures.createOrder(Fixtures.newSku());
        String rejectedNumber = Fixtures.orderNumber(rejected);
        Deliver.event(Events.ORDER_REJECTED, rejected(rejected, rejectedNumber, 2L, T0.plusSeconds(60)));
        Fixtures.awaitStatus(rejected, "REJECTED");
        Deliver.event(Events.ORDER_APPROVED, approved(rejected, rejectedNumber, 1L, T0));
        awaitHistory(rejected, "APPROVED");
        Fixtures.get(rejected).body("status", equalTo("REJECTED"));
        corrections(rejected).body("items.id", hasItem(rejected.toString()));
    }

    @Test
    void fulfilmentOnlyMovesForwardAndAReApprovalTakesTheOrderOffTheCorrectionList() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        String number = Fixtures.orderNumber(id);
        Deliver.event(Events.ORDER_REJECTED, rejected(id, number, 1L, T0));
        Fixtures.awaitStatus(id, "REJECTED");
        Deliver.event(Events.ORDER_APPROVED, approved(id, number, 2L, T0.plusSeconds(60)));
        Fixtures.awaitStatus(id, "APPROVED");
        corrections(id).body("items.id", not(hasItem(id.toString())));

        Fixtures.reach(id, "SHIPPED");
        Deliver.event(Events.ORDER_HELD, held(id, number, 3L, T0.plusSeconds(120)));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Fixtures.get(id).body("history.status", hasItems("IN_MANUAL_REVIEW")));
        Fixtures.get(id).body("status", equalTo("SHIPPED"));
    }

    private static void awaitHistory(UUID id, String status) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Fixtures.get(id).body("history.status", hasItem(status)));
    }

    private static io.restassured.response.ValidatableResponse corrections(UUID orderId) {
        return given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .queryParam("orderId", orderId.toString())
                .get("/api/orders/corrections")
                .then()
                .statusCode(200);
    }

    static OrderApproved approved(UUID id, String number, Long sequence, Instant at) {
        return new OrderApproved(
                id,
                number,
                1,
                UUID.randomUUID(),
                true,
                "auto",
                List.of(new LineQuantity("SKU", 2)),
                null,
                at,
                sequence);
    }

    static OrderHeld held(UUID id, String number, Long sequence, Instant at) {
        return new OrderHeld(
                id,
                number,
                1,
                UUID.randomUUID(),
                List.of(new OrderHeld.RuleFailure("payment", "the payment failed after approval")),
                at,
                sequence);
    }

    static OrderRejected rejected(UUID id, String number, Long sequence, Instant at) {
        return new OrderRejected(
                id,
                number,
                1,
                UUID.randomUUID(),
                "BLACKLISTED_ADDRESS",
                "The amended address is blacklisted",
                "reviewer",
                at,
                sequence);
    }
}

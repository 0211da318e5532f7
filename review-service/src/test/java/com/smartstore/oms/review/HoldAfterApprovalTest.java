package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.LifecycleFixtures.amendAddress;
import static com.smartstore.oms.review.LifecycleFixtures.amendContact;
import static com.smartstore.oms.review.LifecycleFixtures.awaitDecisions;
import static com.smartstore.oms.review.LifecycleFixtures.decisions;
import static com.smartstore.oms.review.ReviewFixtures.awaitEvents;
import static com.smartstore.oms.review.ReviewFixtures.catalogued;
import static com.smartstore.oms.review.ReviewFixtures.deliverOrder;
import static com.smartstore.oms.review.ReviewFixtures.newSku;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.OrderBuilder;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.review.LifecycleFixtures.Decision;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 cases 1 and 10: every decision carries the order's next {@code sequence}, and a change after approval
 * that fails a rule publishes an {@code order-held} numbered above the approval, which warehouse and shipping obey.
 */
@QuarkusTest
class HoldAfterApprovalTest {

    @Test
    void anAmendmentFailingTheStockRuleAfterApprovalIsAHoldNumberedAboveTheApproval() {
        String sku = newSku();
        catalogued(sku, "2.00", 3);
        OrderReceived order = anOrder().line(sku, 2, "2.00").build();
        deliverOrder(order);
        awaitEvents(Events.ORDER_APPROVED, order.orderId(), 1);

        OrderAmended toNine = toNineUnits(order, sku);
        String amendment = Deliver.event(Events.ORDER_AMENDED, toNine);
        // Redelivered: the inbox drops the copy, and no decision number is used twice.
        Deliver.event(Events.ORDER_AMENDED, toNine, amendment);

        List<Decision> decisions = awaitDecisions(order.orderId(), 2);
        assertThat(decisions).extracting(Decision::kind).containsExactly("approved", "held");
        assertThat(decisions).extracting(Decision::sequence).containsExactly(1L, 2L);
        assertThat(decisions.get(1).rules()).contains("stock-sufficient");

        String held = awaitEvents(Events.ORDER_HELD, order.orderId(), 1)
                .get(0)
                .reviewId()
                .toString();
        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "cannot deliver 9"))
                .post("/api/reviews/" + held + "/reject")
                .then()
                .statusCode(200);
        assertThat(awaitDecisions(order.orderId(), 3))
                .extracting(Decision::kind, Decision::sequence)
                .last()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple("rejected", 3L));
    }

    @Test
    void anAddressChangeAfterApprovalToAnIncompleteAddressIsHeld() {
        OrderReceived order = approvedOrder(anOrder());

        amendAddress(order, new OrderReceived.Address(null, "Calle Mayor 1", null, "Madrid", null, "2801", "ES"));

        List<Decision> decisions = awaitDecisions(order.orderId(), 2);
        assertThat(decisions).extracting(Decision::kind).containsExactly("approved", "held");
        assertThat(decisions.get(1).sequence()).isGreaterThan(decisions.get(0).sequence());
        assertThat(decisions.get(1).rules()).containsExactly("address-complete");
    }

    @Test
    void aContactChangeAfterApprovalToABlacklistedPhoneIsHeld() {
        String phone = "+351 93" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String entry = given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "PHONE", "value", phone, "reason", "chargebacks"))
                .post("/api/blacklist")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try {
            OrderReceived order = approvedOrder(anOrder());

            amendContact(order, phone, null);

            List<Decision> decisions = awaitDecisions(order.orderId(), 2);
            assertThat(decisions).extracting(Decision::kind).containsExactly("approved", "held");
            assertThat(decisions.get(1).rules()).containsExactly("blacklisted-customer");
            assertThat(decisions.get(1).sequence()).isEqualTo(2L);
        } finally {
            given().auth()
                    .oauth2(Tokens.of("manager"))
                    .delete("/api/blacklist/" + entry)
                    .then()
                    .statusCode(204);
        }
    }

    @Test
    void anAddressChangeThatPassesLeavesTheApprovalStanding() {
        OrderReceived order = approvedOrder(anOrder());

        String amendment = amendAddress(
                order, new OrderReceived.Address(null, "Rua Nova 5", null, "Porto", null, "4000-001", "PT"));

        assertThat(decisions(order.orderId())).extracting(Decision::kind).containsExactly("approved");
    }

    private static OrderReceived approvedOrder(OrderBuilder builder) {
        String sku = newSku();
        catalogued(sku, "4.00", 10);
        OrderReceived order = builder.customer(
                        "c-" + UUID.randomUUID(), null, "nobody-" + UUID.randomUUID() + "@example.com")
                .line(sku, 1, "4.00")
                .build();
        deliverOrder(order);
        assertThat(awaitEvents(Events.ORDER_APPROVED, order.orderId(), 1).get(0).sequence())
                .isEqualTo(1L);
        return order;
    }

    private static OrderAmended toNineUnits(OrderReceived order, String sku) {
        return new OrderAmended(
                order.orderId(),
                order.orderNumber(),
                order.revision(),
                UUID.randomUUID(),
                List.of("lines"),
                null,
                null,
                List.of(new OrderAmended.LineChange(1, sku, null, null, 9, null)),
                new java.math.BigDecimal("18.00"),
                "customer asked",
                "customer-service",
                java.time.Instant.now());
    }
}

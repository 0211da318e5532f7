package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.ReviewFixtures.PATIENCE;
import static com.smartstore.oms.review.ReviewFixtures.awaitEvents;
import static com.smartstore.oms.review.ReviewFixtures.catalogued;
import static com.smartstore.oms.review.ReviewFixtures.deliverOrder;
import static com.smartstore.oms.review.ReviewFixtures.newSku;
import static com.smartstore.oms.review.ReviewFixtures.reviewsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Amendments that change lines are reviewed again (R-I10, R-R1); others change no review. */
@QuarkusTest
class AmendmentTest {

    @Test
    void anApprovedOrderAmendedBeyondTheStockGoesBackToTheQueue() {
        String sku = newSku();
        catalogued(sku, "2.00", 3);
        OrderReceived order = anOrder().line(sku, 2, "2.00").build();
        deliverOrder(order);
        awaitEvents(Events.ORDER_APPROVED, order.orderId(), 1);

        amend(order, List.of("lines"), List.of(new OrderAmended.LineChange(1, sku, null, null, 9, null)), "18.00");

        OrderHeld held = awaitEvents(Events.ORDER_HELD, order.orderId(), 1).get(0);
        assertThat(held.failedRules()).extracting(OrderHeld.RuleFailure::rule).contains("stock-sufficient");
        reviewsOf(order.orderId())
                .body("items.status", contains("PENDING", "AUTO_APPROVED"))
                .body(
                        "items[0].id",
                        org.hamcrest.Matchers.equalTo(held.reviewId().toString()));
        ReviewFixtures.review(held.reviewId().toString())
                .body("reasonCode", org.hamcrest.Matchers.equalTo("amended"))
                .body("amendmentId", org.hamcrest.Matchers.notNullValue())
                .body("lines[0].quantity", org.hamcrest.Matchers.equalTo(9));
    }

    @Test
    void aHeldOrderWhoseAmendmentFixesThePriceIsApproved() {
        String sku = newSku();
        catalogued(sku, "12.50", 5);
        OrderReceived order = anOrder().line(sku, 2, "10.00").build();
        deliverOrder(order);
        awaitEvents(Events.ORDER_HELD, order.orderId(), 1);

        amend(
                order,
                List.of("lines"),
                List.of(new OrderAmended.LineChange(1, sku, null, null, 1, new BigDecimal("12.50"))),
                "12.50");

        awaitEvents(Events.ORDER_APPROVED, order.orderId(), 1);
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> reviewsOf(order.orderId()).body("items.status", contains("AUTO_APPROVED", "SUPERSEDED")));
    }

    @Test
    void aPassingReReviewLeavesTheApprovalStandingAndAnAddressChangeNeedsNoReview() {
        String sku = newSku();
        catalogued(sku, "2.00", 10);
        OrderReceived order = anOrder().line(sku, 3, "2.00").build();
        deliverOrder(order);
        awaitEvents(Events.ORDER_APPROVED, order.orderId(), 1);

        amend(
                order,
                List.of("shippingAddress"),
                List.of(),
                null,
                new OrderReceived.Address(null, "Rua Nova 5", null, "Porto", null, "4000-001", "PT"));
        amend(order, List.of("lines"), List.of(new OrderAmended.LineChange(1, sku, null, null, 2, null)), "4.00");

        await().atMost(PATIENCE)
                .untilAsserted(() ->
                        reviewsOf(order.orderId()).body("items.status", contains("AUTO_APPROVED", "AUTO_APPROVED")));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> TestKafka.records(
                                        Events.ORDER_APPROVED.topic(),
                                        r -> order.orderId().toString().equals(r.key()))
                                .size()
                        == 1);
        reviewsOf(order.orderId()).body("items.id", hasSize(2));
    }

    private static void amend(
            OrderReceived order, List<String> changed, List<OrderAmended.LineChange> lines, String total) {
        amend(order, changed, lines, total, null);
    }

    private static void amend(
            OrderReceived order,
            List<String> changed,
            List<OrderAmended.LineChange> lines,
            String total,
            OrderReceived.Address address) {
        Deliver.event(
                Events.ORDER_AMENDED,
                new OrderAmended(
                        order.orderId(),
                        order.orderNumber(),
                        order.revision(),
                        UUID.randomUUID(),
                        changed,
                        address,
                        null,
                        lines,
                        total == null ? null : new BigDecimal(total),
                        "customer asked",
                        "customer-service",
                        Instant.now()));
    }
}

package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.ReviewFixtures.PATIENCE;
import static com.smartstore.oms.review.ReviewFixtures.awaitEvents;
import static com.smartstore.oms.review.ReviewFixtures.catalogued;
import static com.smartstore.oms.review.ReviewFixtures.deliverOrder;
import static com.smartstore.oms.review.ReviewFixtures.deliverStock;
import static com.smartstore.oms.review.ReviewFixtures.heldOnlyFor;
import static com.smartstore.oms.review.ReviewFixtures.newSku;
import static com.smartstore.oms.review.ReviewFixtures.review;
import static com.smartstore.oms.review.ReviewFixtures.reviewsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.kit.testing.Deliver;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rules that look beyond one order: stock net of approvals in flight, duplicates of the same customer,
 * the cash-on-delivery maximum; and a cancelled order leaving the queue.
 */
@QuarkusTest
class OrderHistoryRulesTest {

    @Test
    void stockTakenByAnApprovedOrderIsNotOfferedTwiceUntilTheStockLevelsShowIt() {
        String sku = newSku();
        catalogued(sku, "1.00", 5);
        OrderReceived first = anOrder().line(sku, 8, "1.00").build();
        deliverOrder(first);
        awaitEvents(Events.ORDER_APPROVED, first.orderId(), 1);

        OrderHeld held = heldOnlyFor(anOrder().line(sku, 5, "1.00").build(), "stock-sufficient");
        assertThat(held.failedRules().get(0).explanation())
                .contains(sku + ": 5 ordered, only 2 available (10 in stock, 8 taken by approved orders");

        // The warehouse reserved the 8 units and published the new levels: nothing is in flight any more.
        Instant later = Instant.now();
        deliverStock("LIS", sku, 1, later);
        deliverStock("POR", sku, 1, later);
        OrderReceived third = anOrder().line(sku, 2, "1.00").build();
        deliverOrder(third);
        assertThat(awaitEvents(Events.ORDER_APPROVED, third.orderId(), 1)).hasSize(1);
    }

    @Test
    void theSameItemsOfTheSameCustomerAgainAreHeldAsASuspectedDuplicate() {
        String sku = newSku();
        catalogued(sku, "3.00", 10);
        String customer = "c-" + UUID.randomUUID();
        OrderReceived first = anOrder()
                .customer(customer, null, customer + "@example.com")
                .line(sku, 1, "3.00")
                .build();
        deliverOrder(first);
        awaitEvents(Events.ORDER_APPROVED, first.orderId(), 1);

        OrderHeld held = heldOnlyFor(
                anOrder()
                        .customer(customer, null, customer + "@example.com")
                        .line(sku, 1, "3.00")
                        .build(),
                "suspected-duplicate");

        assertThat(held.failedRules().get(0).explanation())
                .contains("in order " + first.orderNumber())
                .contains("within 24h");
        // Another customer buying the same: no suspicion.
        OrderReceived other = anOrder().line(sku, 1, "3.00").build();
        deliverOrder(other);
        awaitEvents(Events.ORDER_APPROVED, other.orderId(), 1);
    }

    @Test
    void cashOnDeliveryAboveTheMaximumIsHeld() {
        String sku = newSku();
        catalogued(sku, "501.00", 5);
        OrderReceived order = anOrder()
                .line(sku, 1, "501.00")
                .payment(PaymentMethod.CASH_ON_DELIVERY, "501.00", null)
                .build();

        OrderHeld held = heldOnlyFor(order, "payment-complete");

        assertThat(held.failedRules().get(0).explanation()).contains("above the cash-on-delivery maximum of 500.00");
    }

    @Test
    void aCancelledOrderLeavesTheQueue() {
        OrderHeld held = ReviewFixtures.heldForWrongPrice(com.smartstore.oms.contracts.events.SalesChannel.REST);

        Deliver.event(
                Events.ORDER_CANCELLED,
                new OrderCancelled(
                        held.orderId(),
                        held.orderNumber(),
                        "HELD",
                        "customer changed their mind",
                        "order-clerk",
                        Instant.now()));

        await().atMost(PATIENCE)
                .untilAsserted(() -> review(held.reviewId().toString())
                        .body("status", equalTo("CANCELLED"))
                        .body("decidedBy", equalTo("order-clerk"))
                        .body("reason", equalTo("order cancelled: customer changed their mind")));
        reviewsOf(held.orderId()).body("items.status", contains("CANCELLED"));
    }
}

package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.LifecycleFixtures.amendLines;
import static com.smartstore.oms.review.LifecycleFixtures.awaitDecisions;
import static com.smartstore.oms.review.LifecycleFixtures.cancelled;
import static com.smartstore.oms.review.LifecycleFixtures.paymentRecorded;
import static com.smartstore.oms.review.ReviewFixtures.PATIENCE;
import static com.smartstore.oms.review.ReviewFixtures.catalogued;
import static com.smartstore.oms.review.ReviewFixtures.deliverOrder;
import static com.smartstore.oms.review.ReviewFixtures.newSku;
import static com.smartstore.oms.review.ReviewFixtures.reviewsOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentResult;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.review.LifecycleFixtures.Decision;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 case 2: an amendment, cancellation or payment that reaches review before the order it refers to is
 * parked, and applied in arrival order right after the order is reviewed: nothing is dropped.
 */
@QuarkusTest
class EarlyEventsTest {

    @Test
    void anAmendmentBeforeItsOrderIsAppliedWhenTheOrderArrives() {
        String sku = newSku();
        catalogued(sku, "2.00", 3);
        OrderReceived order = anOrder().line(sku, 2, "2.00").build();

        amendLines(order, List.of(new OrderAmended.LineChange(1, sku, null, null, 9, null)), "18.00");
        deliverOrder(order);

        // Reviewed as ordered (approved), then the amendment beyond the stock holds it.
        List<Decision> decisions = awaitDecisions(order.orderId(), 2);
        assertThat(decisions).extracting(Decision::kind).containsExactly("approved", "held");
        assertThat(decisions.get(1).rules()).contains("stock-sufficient");
        await().atMost(PATIENCE)
                .untilAsserted(() -> reviewsOf(order.orderId())
                        .body("items.status", contains("PENDING", "AUTO_APPROVED"))
                        .body("items[0].totalAmount", org.hamcrest.Matchers.equalTo(18.0f)));
    }

    @Test
    void aCancellationBeforeItsOrderLeavesNoOpenReview() {
        String sku = newSku();
        catalogued(sku, "12.50", 5);
        // A wrong price: without the cancellation this order would wait for a reviewer (and be escalated).
        OrderReceived order = anOrder().line(sku, 1, "10.00").build();

        cancelled(order);
        deliverOrder(order);

        reviewsOf(order.orderId()).body("items.status", contains("CANCELLED"));
        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .queryParam("orderId", order.orderId().toString())
                .queryParam("status", "PENDING")
                .get("/api/reviews")
                .then()
                .statusCode(200)
                .body("items.id", empty());
    }

    @Test
    void paymentsBeforeTheirOrderAreAppliedInArrivalOrder() {
        String sku = newSku();
        catalogued(sku, "20.00", 5);
        OrderReceived order = anOrder().unconfirmed().line(sku, 1, "20.00").build();

        // Captured, then refunded in full: the order is not paid.
        paymentRecorded(order, PaymentResult.CAPTURED, "20.00", "20.00");
        paymentRecorded(order, PaymentResult.REFUNDED, "20.00", "0.00");
        deliverOrder(order);

        assertThat(awaitDecisions(order.orderId(), 1))
                .extracting(Decision::kind)
                .containsExactly("held");

        // Captured again: now it is paid and approved.
        paymentRecorded(order, PaymentResult.CAPTURED, "20.00", "20.00");
        assertThat(awaitDecisions(order.orderId(), 2))
                .extracting(Decision::kind)
                .containsExactly("held", "approved");
    }
}

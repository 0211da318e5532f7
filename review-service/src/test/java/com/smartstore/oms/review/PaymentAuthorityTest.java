package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.PAID_AT;
import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.LifecycleFixtures.awaitDecisions;
import static com.smartstore.oms.review.LifecycleFixtures.paymentRecorded;
import static com.smartstore.oms.review.ReviewFixtures.PATIENCE;
import static com.smartstore.oms.review.ReviewFixtures.awaitEvents;
import static com.smartstore.oms.review.ReviewFixtures.catalogued;
import static com.smartstore.oms.review.ReviewFixtures.deliverOrder;
import static com.smartstore.oms.review.ReviewFixtures.heldOnlyFor;
import static com.smartstore.oms.review.ReviewFixtures.newSku;
import static com.smartstore.oms.review.ReviewFixtures.review;
import static com.smartstore.oms.review.ReviewFixtures.reviewsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentResult;
import com.smartstore.oms.kit.testing.OrderBuilder;
import com.smartstore.oms.review.LifecycleFixtures.Decision;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 case 4: whether an order is paid comes from {@code payment-recorded} (signed provider webhooks,
 * finance) or a platform's signed confirmation, never from the paid-at a caller put in the order (R-R1, R-I6).
 */
@QuarkusTest
class PaymentAuthorityTest {

    @Test
    void aCallersPaidAtIsNotTrustedAndTheCaptureApprovesTheOrder() {
        OrderReceived order = order(anOrder().unconfirmed(), "30.00");

        OrderHeld held = heldOnlyFor(order, "payment-complete");
        assertThat(held.failedRules().get(0).explanation()).contains("awaiting payment");

        paymentRecorded(order, PaymentResult.CAPTURED, "30.00", "30.00");

        List<Decision> decisions = awaitDecisions(order.orderId(), 2);
        assertThat(decisions)
                .extracting(Decision::kind, Decision::sequence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("held", 1L),
                        org.assertj.core.groups.Tuple.tuple("approved", 2L));
        review(held.reviewId().toString())
                .body("status", equalTo("AUTO_APPROVED"))
                .body("rules.find { it.rule == 'payment-complete' }.passed", equalTo(true));
    }

    @Test
    void aCaptureShortOfTheTotalKeepsTheOrderWaiting() {
        OrderReceived order = order(anOrder().unconfirmed(), "30.00");
        OrderHeld held = heldOnlyFor(order, "payment-complete");

        paymentRecorded(order, PaymentResult.CAPTURED, "10.00", "10.00");

        review(held.reviewId().toString())
                .body("status", equalTo("PENDING"))
                .body(
                        "rules.find { it.rule == 'payment-complete' }.explanation",
                        containsString("10.00 of 30.00 EUR captured"));
    }

    /**
     * capturedTotal is a sum of captures, each bounded by intake, the sum not: found by the fuzzer, a sum past
     * 9,999,999,999.99 overflowed review's column and the event was dead-lettered, so the order never saw its
     * payment.
     */
    @Test
    void aCapturedTotalOfSeveralLargePaymentsIsKept() {
        OrderReceived order = order(anOrder().unconfirmed(), "30.00");
        heldOnlyFor(order, "payment-complete");

        paymentRecorded(order, PaymentResult.CAPTURED, "9999999999.99", "29999999999.97");

        assertThat(awaitDecisions(order.orderId(), 2))
                .extracting(Decision::kind)
                .containsExactly("held", "approved");
    }

    @Test
    void anInstalmentPlanNeedsItsFirstInstalmentCaptured() {
        OrderReceived order = order(anOrder().unconfirmed().instalments("30.00", PAID_AT, 3, "10.00"), "30.00");
        heldOnlyFor(order, "payment-complete");

        paymentRecorded(order, PaymentResult.CAPTURED, "10.00", "10.00", 1);

        assertThat(awaitDecisions(order.orderId(), 2))
                .extracting(Decision::kind)
                .containsExactly("held", "approved");
    }

    @Test
    void aFailedPaymentAfterApprovalHoldsTheOrderInTheManualQueue() {
        OrderReceived order = order(anOrder(), "30.00");
        deliverOrder(order);
        awaitEvents(Events.ORDER_APPROVED, order.orderId(), 1);

        paymentRecorded(order, PaymentResult.FAILED, "30.00", "0.00");

        List<Decision> decisions = awaitDecisions(order.orderId(), 2);
        assertThat(decisions)
                .extracting(Decision::kind, Decision::sequence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("approved", 1L),
                        org.assertj.core.groups.Tuple.tuple("held", 2L));
        assertThat(decisions.get(1).rules()).containsExactly("payment-failed");
        OrderHeld held = awaitEvents(Events.ORDER_HELD, order.orderId(), 1).get(0);
        assertThat(held.failedRules().get(0).explanation()).contains("card declined");
        reviewsOf(order.orderId()).body("items.status", contains("PENDING", "AUTO_APPROVED"));
        review(held.reviewId().toString()).body("reasonCode", equalTo("payment-failed"));
    }

    @Test
    void aFailedPaymentBeforeApprovalFailsThePaymentRule() {
        OrderReceived order = order(anOrder().unconfirmed(), "30.00");
        OrderHeld held = heldOnlyFor(order, "payment-complete");

        String failed = paymentRecorded(order, PaymentResult.FAILED, "30.00", "0.00");

        await().atMost(PATIENCE)
                .untilAsserted(() -> review(held.reviewId().toString())
                        .body("status", equalTo("PENDING"))
                        .body(
                                "rules.find { it.rule == 'payment-complete' }.explanation",
                                containsString("card declined")));
        assertThat(LifecycleFixtures.decisions(order.orderId())).hasSize(1);
    }

    private static OrderReceived order(OrderBuilder builder, String price) {
        String sku = newSku();
        catalogued(sku, price, 10);
        return builder.line(sku, 1, price).build();
    }
}

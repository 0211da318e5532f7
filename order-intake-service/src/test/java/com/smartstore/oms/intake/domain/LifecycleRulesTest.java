package com.smartstore.oms.intake.domain;

import static com.smartstore.oms.intake.domain.OrderRulesTest.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.OrderCancelRefused;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 17: decisions by sequence, cancellation as a request, payment authority, product versions. */
class LifecycleRulesTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theNewestDecisionBySequenceWinsWhateverArrivesFirst() {
        Order order = order(OrderStatus.RECEIVED);
        order.decide(OrderStatus.APPROVED, 1, 1L, T, "auto", "ok");
        order.decide(OrderStatus.REJECTED, 1, 2L, T, "reviewer", "blacklisted");
        assertThat(order.status).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.decide(OrderStatus.APPROVED, 1, 1L, T, "auto", "late")).isPresent();
        assertThat(order.status).isEqualTo(OrderStatus.REJECTED);
        order.decide(OrderStatus.IN_MANUAL_REVIEW, 1, 3L, T, "review", "hold");
        assertThat(order.status).isEqualTo(OrderStatus.IN_MANUAL_REVIEW);
        assertThat(order.decisionSequence).isEqualTo(3);
    }

    @Test
    void decisionsWithoutASequenceOnlyMoveForwardAndNeverUndoFulfilment() {
        Order legacy = order(OrderStatus.IN_MANUAL_REVIEW);
        legacy.decide(OrderStatus.APPROVED, 1, null, T, "r", "ok");
        legacy.decide(OrderStatus.IN_MANUAL_REVIEW, 1, null, T, "review", "late hold");
        assertThat(legacy.status).isEqualTo(OrderStatus.APPROVED);

        for (OrderStatus done : List.of(OrderStatus.PICKED, OrderStatus.SHIPPED, OrderStatus.CANCELLED)) {
            Order order = order(done);
            order.decide(OrderStatus.REJECTED, 1, 5L, T, "reviewer", "too late");
            assertThat(order.status).isEqualTo(done);
        }
        Order corrected = order(OrderStatus.REJECTED);
        corrected.resubmit();
        assertThat(corrected.decide(OrderStatus.APPROVED, 1, 9L, T, "r", "old revision"))
                .isEmpty();
        assertThat(corrected.status).isEqualTo(OrderStatus.RECEIVED);
    }

    @Test
    void aCancellationIsRequestedThenConfirmedOrRefusedByShipping() {
        Order order = order(OrderStatus.APPROVED);
        var request = order.requestCancellation("changed mind", "cs", T);
        assertThat(request.statusAtRequest()).isEqualTo("APPROVED");
        assertThat(order.status).isEqualTo(OrderStatus.APPROVED);
        assertThat(order.cancellationPending()).isTrue();

        var otherRequest = UUID.randomUUID();
        assertThat(order.refuseCancellation(refused(order, otherRequest), T)).isEmpty();
        assertThat(order.refuseCancellation(refused(order, request.requestId()), T))
                .isPresent();
        assertThat(order.cancelStatus).isEqualTo(CancellationStatus.REFUSED);
        assertThat(order.cancelRefusalCode).isEqualTo("ALREADY_SHIPPED");
        assertThat(order.status).isEqualTo(OrderStatus.APPROVED);

        var again = order.requestCancellation("really", "cs", T);
        var confirmed =
                new OrderCancelled(order.id, order.orderNumber, "APPROVED", "really", "cs", T, again.requestId());
        assertThat(order.confirmCancellation(confirmed, T)).isPresent();
        assertThat(order.status).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.cancelStatus).isEqualTo(CancellationStatus.CONFIRMED);
        assertThat(order.confirmCancellation(confirmed, T)).isEmpty();
        assertThat(order.cancelRefusal()).get().asString().startsWith("CANCELLED");
    }

    @Test
    void onlyAPaidPlatformOrderIsVouchedForAndACorrectedPaymentLosesIt() {
        Order unpaid = order(OrderStatus.RECEIVED);
        unpaid.payment.method = PaymentMethod.ONLINE;
        unpaid.paymentVouchedBy("PLATFORM");
        assertThat(unpaid.payment.confirmedBy).isNull();

        Order paid = order(OrderStatus.RECEIVED);
        paid.payment.method = PaymentMethod.ONLINE;
        paid.payment.amount = new BigDecimal("10.00");
        paid.payment.paidAt = T;
        paid.paymentVouchedBy("PLATFORM");
        assertThat(paid.payment.confirmedBy).isEqualTo("PLATFORM");
        paid.keepPaymentConfirmationIfUnchanged(PaymentMethod.ONLINE, new BigDecimal("10.0"), T);
        assertThat(paid.payment.confirmedBy).isEqualTo("PLATFORM");
        paid.payment.amount = new BigDecimal("12.00");
        paid.keepPaymentConfirmationIfUnchanged(PaymentMethod.ONLINE, new BigDecimal("10.00"), T);
        assertThat(paid.payment.confirmedBy).isNull();
    }

    @Test
    void capturedTotalIsCapturesMinusRefunds() {
        Payment captured = payment(PaymentStatus.CAPTURED, "25.00");
        Payment failed = payment(PaymentStatus.FAILED, "25.00");
        Payment refund = payment(PaymentStatus.REFUNDED, "5.00");
        assertThat(failed.capturedTotal(List.of())).isEqualByComparingTo("0");
        assertThat(captured.capturedTotal(List.of(failed))).isEqualByComparingTo("25.00");
        assertThat(refund.capturedTotal(List.of(failed, captured))).isEqualByComparingTo("20.00");
    }

    @Test
    void aProductEditMustBeBasedOnTheCurrentVersion() {
        Product product = new Product();
        product.sku = "MUG";
        product.version = 3;
        assertThat(product.staleEdit(3)).isEmpty();
        assertThat(product.staleEdit(2)).get().asString().contains("version 3");
    }

    private static OrderCancelRefused refused(Order order, UUID requestId) {
        return new OrderCancelRefused(
                order.id, order.orderNumber, requestId, "ALREADY_SHIPPED", "the parcel has left", T);
    }

    private static Payment payment(PaymentStatus status, String amount) {
        Payment p = new Payment();
        p.status = status;
        p.amount = new BigDecimal(amount);
        return p;
    }
}

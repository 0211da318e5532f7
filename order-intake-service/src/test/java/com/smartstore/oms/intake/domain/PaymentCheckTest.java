package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.PaymentMethod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The payment anomalies of R-E6, at most one per payment. */
class PaymentCheckTest {

    static Order order(PaymentMethod method, String total, Integer instalments, String perInstalment) {
        Order order = new Order();
        order.id = UUID.randomUUID();
        order.payment.method = method;
        order.totalAmount = new BigDecimal(total);
        order.payment.instalmentCount = instalments;
        order.payment.instalmentAmount = perInstalment == null ? null : new BigDecimal(perInstalment);
        return order;
    }

    static Payment payment(PaymentStatus status, String amount, Integer instalment) {
        Payment p = new Payment();
        p.provider = "stripe";
        p.providerPaymentId = "pi_" + UUID.randomUUID();
        p.status = status;
        p.amount = new BigDecimal(amount);
        p.method = PaymentMethod.ONLINE;
        p.instalmentNumber = instalment;
        return p;
    }

    private static Optional<String> code(Order order, List<Payment> earlier, Payment payment) {
        return PaymentCheck.check(order, earlier, payment).map(PaymentCheck.Anomaly::code);
    }

    @Test
    void aCaptureOfTheTotalIsFine() {
        assertThat(code(
                        order(PaymentMethod.ONLINE, "25.00", null, null),
                        List.of(),
                        payment(PaymentStatus.CAPTURED, "25", null)))
                .isEmpty();
    }

    @Test
    void failedDuplicateAndMismatch() {
        Order order = order(PaymentMethod.ONLINE, "25.00", null, null);
        assertThat(code(order, List.of(), payment(PaymentStatus.FAILED, "25.00", null)))
                .contains("PAYMENT_FAILED");
        Payment first = payment(PaymentStatus.CAPTURED, "25.00", null);
        // A second capture is a duplicate even when its amount differs: one anomaly, not two.
        assertThat(code(order, List.of(first), payment(PaymentStatus.CAPTURED, "20.00", null)))
                .contains("DUPLICATE_PAYMENT");
        assertThat(code(order, List.of(), payment(PaymentStatus.CAPTURED, "20.00", null)))
                .contains("AMOUNT_MISMATCH");
        var mismatch = PaymentCheck.check(order, List.of(), payment(PaymentStatus.CAPTURED, "20.00", null))
                .orElseThrow();
        assertThat(mismatch.details()).containsEntry("expected", "25.00").containsEntry("paid", "20.00");
        // A failed attempt before does not make the capture a duplicate; refunds raise nothing.
        assertThat(code(order, List.of(payment(PaymentStatus.FAILED, "25.00", null)), first))
                .isEmpty();
        assertThat(code(order, List.of(first), payment(PaymentStatus.REFUNDED, "25.00", null)))
                .isEmpty();
    }

    @Test
    void instalmentsAreCheckedPerInstalment() {
        Order order = order(PaymentMethod.INSTALMENTS, "30.00", 3, "10.00");
        Payment one = payment(PaymentStatus.CAPTURED, "10.00", 1);
        assertThat(code(order, List.of(), one)).isEmpty();
        assertThat(code(order, List.of(one), payment(PaymentStatus.CAPTURED, "10.00", 2)))
                .isEmpty();
        assertThat(code(order, List.of(one), payment(PaymentStatus.CAPTURED, "10.00", 1)))
                .contains("DUPLICATE_PAYMENT");
        assertThat(code(order, List.of(one), payment(PaymentStatus.CAPTURED, "30.00", 2)))
                .contains("AMOUNT_MISMATCH");
    }

    @Test
    void aFailedPaymentSaysWhatWasDueAndWhyItFailed() {
        Order order = order(PaymentMethod.ONLINE, "25.00", null, null);
        Payment failed = payment(PaymentStatus.FAILED, "25.00", null);
        failed.failureReason = "card declined";

        PaymentCheck.Anomaly anomaly =
                PaymentCheck.check(order, List.of(), failed).orElseThrow();

        assertThat(anomaly.severity()).isEqualTo(com.smartstore.oms.contracts.events.Severity.MEDIUM);
        assertThat(anomaly.description())
                .isEqualTo("Payment " + failed.providerPaymentId
                        + " failed; help the customer retry or change the method");
        assertThat(anomaly.details())
                .containsEntry("provider", "stripe")
                .containsEntry("providerPaymentId", failed.providerPaymentId)
                .containsEntry("method", "ONLINE")
                .containsEntry("paid", "25.00")
                .containsEntry("expected", "25.00")
                .containsEntry("failureReason", "card declined");
        failed.failureReason = null;
        assertThat(PaymentCheck.check(order, List.of(), failed).orElseThrow().details())
                .doesNotContainKey("failureReason");
    }

    @Test
    void aDuplicateCaptureCountsEveryCaptureAndNamesTheFirst() {
        Order order = order(PaymentMethod.ONLINE, "25.00", null, null);
        Payment first = payment(PaymentStatus.CAPTURED, "25.00", null);
        Payment second = payment(PaymentStatus.CAPTURED, "25.00", null);

        PaymentCheck.Anomaly anomaly = PaymentCheck.check(
                        order, List.of(first, second), payment(PaymentStatus.CAPTURED, "5.00", null))
                .orElseThrow();

        assertThat(anomaly.severity()).isEqualTo(com.smartstore.oms.contracts.events.Severity.HIGH);
        assertThat(anomaly.description()).isEqualTo("The order was captured more than once; refund the duplicate");
        assertThat(anomaly.details())
                .containsEntry("expected", "25.00")
                .containsEntry("capturedTotal", "55.00")
                .containsEntry("captures", "3")
                .containsEntry("firstPaymentId", first.providerPaymentId)
                .doesNotContainKey("instalmentNumber");
    }

    @Test
    void aDuplicateInstalmentNamesTheInstalment() {
        Order order = order(PaymentMethod.INSTALMENTS, "30.00", 3, "10.00");
        PaymentCheck.Anomaly anomaly = PaymentCheck.check(
                        order,
                        List.of(payment(PaymentStatus.CAPTURED, "10.00", 2)),
                        payment(PaymentStatus.CAPTURED, "10.00", 2))
                .orElseThrow();
        assertThat(anomaly.description()).isEqualTo("Instalment 2 was captured more than once; refund the duplicate");
        assertThat(anomaly.details()).containsEntry("instalmentNumber", "2").containsEntry("expected", "10.00");
    }

    @Test
    void aMismatchSaysHowMuchWasCapturedAndDue() {
        Order order = order(PaymentMethod.ONLINE, "25.00", null, null);
        PaymentCheck.Anomaly anomaly = PaymentCheck.check(
                        order, List.of(), payment(PaymentStatus.CAPTURED, "30.00", null))
                .orElseThrow();
        assertThat(anomaly.severity()).isEqualTo(com.smartstore.oms.contracts.events.Severity.HIGH);
        assertThat(anomaly.description())
                .isEqualTo("Captured 30.00 but 25.00 is due; refund or collect the difference");
        assertThat(anomaly.details()).containsEntry("difference", "5.00");
    }

    @Test
    void instalmentsWithoutAnAmountPerInstalmentAreDueInFull() {
        Order order = order(PaymentMethod.INSTALMENTS, "30.00", 3, null);
        assertThat(code(order, List.of(), payment(PaymentStatus.CAPTURED, "30.00", 1)))
                .isEmpty();
        assertThat(code(order, List.of(), payment(PaymentStatus.CAPTURED, "10.00", 1)))
                .contains("AMOUNT_MISMATCH");
    }

    @Test
    void withoutInstalmentsAnInstalmentNumberDoesNotHideADuplicate() {
        Order order = order(PaymentMethod.ONLINE, "25.00", null, null);
        assertThat(code(
                        order,
                        List.of(payment(PaymentStatus.CAPTURED, "25.00", 1)),
                        payment(PaymentStatus.CAPTURED, "25.00", 2)))
                .contains("DUPLICATE_PAYMENT");
    }
}

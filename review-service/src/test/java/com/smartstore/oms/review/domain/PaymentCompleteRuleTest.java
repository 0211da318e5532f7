package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.PAID_AT;
import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.PaymentResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaymentCompleteRuleTest {
    private final PaymentCompleteRule rule =
            new PaymentCompleteRule("EUR", new BigDecimal("500.00"), new BigDecimal("0.05"), new BigDecimal("0.01"));
    private final ReviewFacts none = facts().build();

    @Test
    void onlinePaymentTheCallerReportsAsPaidIsNotTrusted() {
        RuleResult result = rule.evaluate(
                anOrder()
                        .unconfirmed()
                        .line("A", 2, "12.50")
                        .payment(PaymentMethod.ONLINE, "25.00", PAID_AT)
                        .build(),
                none);

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation())
                .contains("awaiting payment: nothing captured yet of the order total")
                .contains("not vouched for");
    }

    @Test
    void recordedCapturesCoveringTheTotalWithinTheTolerancePass() {
        var order = anOrder().unconfirmed().line("A", 2, "12.50").build();

        RuleResult covered = rule.evaluate(order, withPayment(PaymentResult.CAPTURED, "24.99", null));
        RuleResult shortOf = rule.evaluate(order, withPayment(PaymentResult.CAPTURED, "24.98", null));
        RuleResult refunded = rule.evaluate(order, withPayment(PaymentResult.REFUNDED, "5.00", null));
        RuleResult failed = rule.evaluate(order, withPayment(PaymentResult.FAILED, "0.00", "card declined"));

        assertThat(covered.passed()).isTrue();
        assertThat(covered.explanation()).contains("paid: 24.99 of 25.00 EUR captured");
        assertThat(shortOf.passed()).isFalse();
        assertThat(shortOf.explanation()).contains("awaiting payment: 24.98 of 25.00 EUR captured");
        assertThat(refunded.passed()).isFalse();
        assertThat(refunded.explanation()).contains("refunded");
        assertThat(failed.passed()).isFalse();
        assertThat(failed.explanation()).contains("the payment failed (card declined)");
    }

    @Test
    void aPlatformConfirmedPaymentPassesUnlessARecordedPaymentFailed() {
        var order = anOrder().line("A", 2, "12.50").build();

        assertThat(rule.evaluate(order, none).passed()).isTrue();
        assertThat(rule.evaluate(order, withPayment(PaymentResult.FAILED, "0.00", "expired"))
                        .passed())
                .isFalse();
    }

    @Test
    void anInstalmentPlanNeedsItsFirstInstalmentCapturedOrConfirmed() {
        var order = anOrder()
                .unconfirmed()
                .line("A", 1, "30.00")
                .instalments("30.00", PAID_AT, 3, "10.00")
                .build();

        assertThat(rule.evaluate(order, none).passed()).isFalse();
        assertThat(rule.evaluate(order, withPayment(PaymentResult.CAPTURED, "10.00", null))
                        .passed())
                .isTrue();
        assertThat(rule.evaluate(order, withPayment(PaymentResult.CAPTURED, "9.00", null))
                        .passed())
                .isFalse();
    }

    @Test
    void onlinePaymentOfTheTotalConfirmedByThePlatformPasses() {
        RuleResult result = rule.evaluate(
                anOrder()
                        .line("A", 2, "12.50")
                        .payment(PaymentMethod.ONLINE, "25.0", PAID_AT)
                        .build(),
                none);

        assertThat(result.passed()).isTrue();
        assertThat(result.rule()).isEqualTo("payment-complete");
        assertThat(result.explanation())
                .contains("ONLINE payment of the order total of 25.00 EUR paid at")
                .contains("confirmed by PLATFORM");
    }

    @Test
    void onlinePaymentBelowTheTotalFailsAndAboveItPasses() {
        RuleResult under = rule.evaluate(
                anOrder()
                        .line("A", 2, "12.50")
                        .payment(PaymentMethod.ONLINE, "24.99", PAID_AT)
                        .build(),
                none);
        RuleResult over = rule.evaluate(
                anOrder()
                        .line("A", 2, "12.50")
                        .payment(PaymentMethod.ONLINE, "25.01", PAID_AT)
                        .build(),
                none);

        assertThat(under.passed()).isFalse();
        assertThat(under.explanation()).contains("payment of 24.99 EUR is less than the order total of 25.00 EUR");
        assertThat(over.passed()).isTrue();
    }

    @Test
    void onlineAndInstalmentPaymentsWithoutPaidAtAwaitPayment() {
        RuleResult online = rule.evaluate(
                anOrder()
                        .line("A", 1, "5.00")
                        .payment(PaymentMethod.ONLINE, "5.00", null)
                        .build(),
                none);
        RuleResult instalments = rule.evaluate(
                anOrder()
                        .line("A", 1, "6.00")
                        .instalments("6.00", null, 2, "3.00")
                        .build(),
                none);

        assertThat(online.passed()).isFalse();
        assertThat(online.explanation()).contains("awaiting payment");
        assertThat(instalments.passed()).isFalse();
        assertThat(instalments.explanation()).contains("awaiting payment").contains("first instalment");
    }

    @Test
    void cashOnDeliveryIsDueNotPaidAndWithinTheMaximum() {
        RuleResult due = cod("5.00", "5.00", null);
        RuleResult paid = cod("5.00", "5.00", PAID_AT.toString());
        RuleResult atMaximum = cod("500.00", "500.00", null);
        RuleResult aboveMaximum = cod("500.01", "500.01", null);
        RuleResult wrongAmount = cod("5.00", "4.00", null);

        assertThat(due.passed()).isTrue();
        assertThat(due.explanation()).startsWith("5.00 EUR due on delivery, equal to the order total");
        assertThat(paid.passed()).isFalse();
        assertThat(paid.explanation()).contains("cash on delivery is paid on delivery, yet paid-at is");
        assertThat(atMaximum.passed()).isTrue();
        assertThat(aboveMaximum.passed()).isFalse();
        assertThat(aboveMaximum.explanation())
                .contains("order total of 500.01 EUR is above the cash-on-delivery maximum of 500.00 EUR");
        assertThat(wrongAmount.passed()).isFalse();
        assertThat(wrongAmount.explanation()).contains("the 4.00 EUR to collect differs from the order total");
    }

    /** Issue 10: the cash-on-delivery maximum is in the shop's currency, whatever the order was charged in. */
    @Test
    void theCashOnDeliveryMaximumIsInTheShopsCurrency() {
        RuleResult converted = rule.evaluate(
                anOrder()
                        .line("A", 1, "450.00")
                        .currency("GBP")
                        .platform(HighOrderValueRuleTest.convertedTo("EUR", "525.00"))
                        .payment(PaymentMethod.CASH_ON_DELIVERY, "450.00", null)
                        .build(),
                none);
        RuleResult unknown = rule.evaluate(
                anOrder()
                        .line("A", 1, "450.000")
                        .currency("KWD")
                        .payment(PaymentMethod.CASH_ON_DELIVERY, "450.000", null)
                        .build(),
                none);

        assertThat(converted.passed()).isFalse();
        assertThat(converted.explanation())
                .contains("the order total of 450.00 GBP (525.00 EUR as the platform converted it) is above the"
                        + " cash-on-delivery maximum of 500.00 EUR");
        assertThat(unknown.passed()).isFalse();
        assertThat(unknown.explanation())
                .contains("the order total of 450.000 KWD cannot be compared with the cash-on-delivery maximum of"
                        + " 500.00 EUR");
    }

    @Test
    void anInstalmentPlanMustAddUpToTheTotalWithinTheTolerance() {
        RuleResult exact = instalments("100.00", 3, "33.34"); // 100.02: within 0.05
        RuleResult edge = instalments("100.00", 4, "25.0125"); // 100.05: at the tolerance
        RuleResult off = instalments("100.00", 3, "30.00");

        assertThat(exact.passed()).isTrue();
        assertThat(exact.explanation()).contains("instalment plan 3 x 33.34 = 100.02 EUR adds up");
        assertThat(edge.passed()).isTrue();
        assertThat(off.passed()).isFalse();
        assertThat(off.explanation())
                .contains("instalment plan 3 x 30.00 = 90.00 EUR does not add up to the order total of 100.00 EUR");
    }

    @Test
    void instalmentsWithoutAPlanFail() {
        RuleResult result = rule.evaluate(
                anOrder()
                        .line("A", 1, "5.00")
                        .payment(PaymentMethod.INSTALMENTS, "5.00", PAID_AT)
                        .build(),
                none);

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation()).contains("has no instalment plan");
    }

    @Test
    void refusesNegativeSettings() {
        assertThatThrownBy(() -> new PaymentCompleteRule("EUR", new BigDecimal("-1"), BigDecimal.ZERO, BigDecimal.ZERO))
                .hasMessageContaining("cod-maximum");
        assertThatThrownBy(
                        () -> new PaymentCompleteRule("EUR", BigDecimal.ONE, new BigDecimal("-0.01"), BigDecimal.ZERO))
                .hasMessageContaining("instalment-tolerance");
        assertThatThrownBy(
                        () -> new PaymentCompleteRule("EUR", BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("-0.01")))
                .hasMessageContaining("price-tolerance");
    }

    private static ReviewFacts withPayment(PaymentResult result, String capturedTotal, String failure) {
        return new ReviewFacts(
                java.util.Map.of(),
                java.util.Map.of(),
                java.util.Map.of(),
                java.util.List.of(),
                java.util.List.of(),
                new RecordedPayment(new BigDecimal(capturedTotal), result, failure, PAID_AT.plusSeconds(30)));
    }

    private RuleResult cod(String price, String amount, String paidAt) {
        return rule.evaluate(
                anOrder()
                        .line("A", 1, price)
                        .payment(
                                PaymentMethod.CASH_ON_DELIVERY,
                                amount,
                                paidAt == null ? null : java.time.Instant.parse(paidAt))
                        .build(),
                none);
    }

    private RuleResult instalments(String total, int count, String per) {
        return rule.evaluate(
                anOrder()
                        .line("A", 1, total)
                        .instalments(total, PAID_AT, count, per)
                        .build(),
                none);
    }
}

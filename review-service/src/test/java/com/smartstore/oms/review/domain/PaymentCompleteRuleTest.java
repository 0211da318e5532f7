package com.smartstore.oms.review.domain;

import static com.smartstore.oms.review.OrderBuilder.PAID_AT;
import static com.smartstore.oms.review.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.PaymentMethod;
import org.junit.jupiter.api.Test;

class PaymentCompleteRuleTest {
    private final PaymentCompleteRule rule = new PaymentCompleteRule();
    private final ReviewFacts none = facts().build();

    @Test
    void onlinePaymentOfTheTotalWithPaidAtPasses() {
        RuleResult result = rule.evaluate(
                anOrder()
                        .line("A", 2, "12.50")
                        .payment(PaymentMethod.ONLINE, "25.0", PAID_AT)
                        .build(),
                none);

        assertThat(result.passed()).isTrue();
        assertThat(result.rule()).isEqualTo("payment-complete");
        assertThat(result.explanation()).contains("ONLINE payment of 25.0 EUR received");
    }

    @Test
    void anAmountOtherThanTheTotalFails() {
        RuleResult result = rule.evaluate(
                anOrder()
                        .line("A", 2, "12.50")
                        .payment(PaymentMethod.ONLINE, "20.00", PAID_AT)
                        .build(),
                none);

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation()).contains("payment of 20.00 EUR differs from the order total of 25.00 EUR");
    }

    @Test
    void onlineAndInstalmentPaymentsNeedAPaidAt() {
        for (PaymentMethod method : new PaymentMethod[] {PaymentMethod.ONLINE, PaymentMethod.INSTALMENTS}) {
            RuleResult result = rule.evaluate(
                    anOrder().line("A", 1, "5.00").payment(method, "5.00", null).build(), none);

            assertThat(result.passed()).as(method.name()).isFalse();
            assertThat(result.explanation()).contains(method + " payment has no paid-at time");
        }
    }

    @Test
    void cashOnDeliveryIsDueAndNotPaidYet() {
        RuleResult due = rule.evaluate(
                anOrder()
                        .line("A", 1, "5.00")
                        .payment(PaymentMethod.CASH_ON_DELIVERY, "5.00", null)
                        .build(),
                none);
        RuleResult paid = rule.evaluate(
                anOrder()
                        .line("A", 1, "5.00")
                        .payment(PaymentMethod.CASH_ON_DELIVERY, "5.00", PAID_AT)
                        .build(),
                none);

        assertThat(due.passed()).isTrue();
        assertThat(due.explanation()).isEqualTo("5.00 EUR due on delivery, equal to the order total");
        assertThat(paid.passed()).isFalse();
        assertThat(paid.explanation()).contains("cash on delivery is paid on delivery, yet paid-at is");
    }
}

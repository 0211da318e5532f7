package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HighOrderValueRuleTest {
    private final HighOrderValueRule rule = new HighOrderValueRule(new BigDecimal("1000.00"), "EUR");

    private RuleResult check(String unitPrice, int quantity) {
        return rule.evaluate(anOrder().line("A", quantity, unitPrice).build(), facts().build());
    }

    @Test
    void ordinaryTotalsPass() {
        RuleResult result = check("120.00", 3);

        assertThat(result.passed()).isTrue();
        assertThat(result.rule()).isEqualTo("high-order-value");
        assertThat(result.explanation())
                .isEqualTo("Order total 360.00 EUR is within the high-value threshold of 1000.00 EUR");
    }

    @Test
    void exactlyTheThresholdPasses() {
        assertThat(check("500.00", 2).passed()).isTrue();
    }

    @Test
    void aCentAboveTheThresholdGoesToAReviewer() {
        RuleResult result = check("1000.01", 1);

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation())
                .isEqualTo("Order total 1000.01 EUR is above the high-value threshold of 1000.00 EUR:"
                        + " a reviewer checks large orders before they ship");
    }

    @Test
    void aNegativeThresholdIsAConfigurationError() {
        assertThatThrownBy(() -> new HighOrderValueRule(new BigDecimal("-1"), "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oms.review.high-value-threshold");
    }

    /** Issue 10: shops sell in several currencies; the threshold is in the shop's, not in whatever came. */
    @Test
    void aTotalInAnotherCurrencyIsComparedAsThePlatformConvertedIt() {
        RuleResult result = rule.evaluate(
                anOrder()
                        .line("A", 1, "900.00")
                        .currency("GBP")
                        .platform(convertedTo("EUR", "1050.00"))
                        .build(),
                facts().build());

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation())
                .isEqualTo("Order total 900.00 GBP (1050.00 EUR as the platform converted it) is above the high-value"
                        + " threshold of 1000.00 EUR: a reviewer checks large orders before they ship");
    }

    @Test
    void aTotalNoOneConvertedGoesToAReviewer() {
        RuleResult result =
                rule.evaluate(anOrder().line("A", 1, "900.000").currency("KWD").build(), facts().build());

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation())
                .isEqualTo("Order total 900.000 KWD cannot be compared with the high-value threshold of 1000.00 EUR"
                        + " (neither the order nor its platform gives the total in EUR): a reviewer checks it");
    }

    static OrderReceived.Platform convertedTo(String shopCurrency, String total) {
        return new OrderReceived.Platform(
                "#1",
                false,
                "paid",
                null,
                null,
                null,
                shopCurrency,
                new OrderReceived.Amounts(new BigDecimal(total), null, null, null, null, false, null),
                null,
                null);
    }
}

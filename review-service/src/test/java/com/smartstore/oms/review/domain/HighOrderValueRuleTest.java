package com.smartstore.oms.review.domain;

import static com.smartstore.oms.review.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HighOrderValueRuleTest {
    private final HighOrderValueRule rule = new HighOrderValueRule(new BigDecimal("1000.00"));

    private RuleResult check(String unitPrice, int quantity) {
        return rule.evaluate(anOrder().line("A", quantity, unitPrice).build(), facts().build());
    }

    @Test
    void ordinaryTotalsPass() {
        RuleResult result = check("120.00", 3);

        assertThat(result.passed()).isTrue();
        assertThat(result.rule()).isEqualTo("high-order-value");
        assertThat(result.explanation())
                .isEqualTo("Order total 360.00 EUR is within the high-value threshold of 1000.00");
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
                .isEqualTo("Order total 1000.01 EUR is above the high-value threshold of 1000.00:"
                        + " a reviewer checks large orders before they ship");
    }

    @Test
    void aNegativeThresholdIsAConfigurationError() {
        assertThatThrownBy(() -> new HighOrderValueRule(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oms.review.high-value-threshold");
    }
}

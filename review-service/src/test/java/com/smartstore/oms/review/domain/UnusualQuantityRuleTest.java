package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnusualQuantityRuleTest {
    private final UnusualQuantityRule rule = new UnusualQuantityRule(50);

    @Test
    void usualQuantitiesPassUpToTheMaximumInclusive() {
        RuleResult result = rule.evaluate(
                anOrder().line("A", 3, "1.00").line("B", 50, "1.00").build(), facts().build());

        assertThat(result.passed()).isTrue();
        assertThat(result.rule()).isEqualTo("unusual-quantity");
        assertThat(result.explanation()).isEqualTo("Every line is at most 50 units");
    }

    @Test
    void aLineAboveTheMaximumGoesToAReviewerNamingTheLine() {
        RuleResult result = rule.evaluate(
                anOrder().line("A", 3, "1.00").line("B", 51, "1.00").build(), facts().build());

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation())
                .isEqualTo(
                        "Unusual quantity, more than 50 units on a line: line 2 (B): 51 units; check it is not a typo");
    }

    @Test
    void theMaximumIsPerLineNotPerOrder() {
        RuleResult result = rule.evaluate(
                anOrder().line("A", 40, "1.00").line("A", 40, "1.00").build(), facts().build());

        assertThat(result.passed()).isTrue();
    }

    @Test
    void aMaximumBelowOneIsAConfigurationError() {
        assertThatThrownBy(() -> new UnusualQuantityRule(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oms.review.max-line-quantity");
    }
}

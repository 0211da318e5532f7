package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StockSufficientRuleTest {
    private final StockSufficientRule rule = new StockSufficientRule();

    @Test
    void passesWhenEverySkuIsAvailableInTheQuantityOrdered() {
        RuleResult result = rule.evaluate(
                anOrder().line("A", 5, "1.00").line("B", 1, "1.00").build(),
                facts().stock("A", 5).stock("B", 9).build());

        assertThat(result.passed()).isTrue();
        assertThat(result.rule()).isEqualTo("stock-sufficient");
        assertThat(result.explanation()).contains("all 2 SKU(s)");
    }

    @Test
    void failsNamingEachShortSku() {
        RuleResult result = rule.evaluate(
                anOrder().line("A", 6, "1.00").line("B", 1, "1.00").build(),
                facts().stock("A", 5).stock("B", 1).build());

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation())
                .contains("A: 6 ordered, only 5 available")
                .doesNotContain("B:");
    }

    @Test
    void aSkuNoWarehouseReportedHasNoStock() {
        RuleResult result = rule.evaluate(anOrder().line("X", 1, "1.00").build(), facts().build());

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation()).contains("X: 1 ordered, none available");
    }

    @Test
    void linesOfTheSameSkuDrawOnTheSameStock() {
        RuleResult result = rule.evaluate(
                anOrder().line("A", 3, "1.00").line("A", 3, "1.00").build(),
                facts().stock("A", 5).build());

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation()).contains("A: 6 ordered, only 5 available");
    }

    @Test
    void unitsApprovedOrdersWillTakeAreNotAvailable() {
        RuleResult short_ = rule.evaluate(
                anOrder().line("A", 3, "1.00").build(),
                facts().stock("A", 5).inFlight("A", 3).build());
        RuleResult exact = rule.evaluate(
                anOrder().line("A", 2, "1.00").build(),
                facts().stock("A", 5).inFlight("A", 3).build());

        assertThat(short_.passed()).isFalse();
        assertThat(short_.explanation())
                .contains(
                        "A: 3 ordered, only 2 available (5 in stock, 3 taken by approved orders not yet in the stock levels)");
        assertThat(exact.passed()).isTrue();
    }

    @Test
    void moreInFlightThanInStockLeavesNoneAvailable() {
        RuleResult result = rule.evaluate(
                anOrder().line("A", 1, "1.00").build(),
                facts().stock("A", 2).inFlight("A", 4).build());

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation()).contains("A: 1 ordered, none available (2 in stock, 4 taken");
    }
}

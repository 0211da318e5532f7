package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutomaticReviewTest {
    private final OrderReceived order = anOrder().line("A", 2, "12.50").build();

    @Test
    void runsEveryRuleAndPassesOnlyWhenAllPass() {
        AutomaticReview review = new AutomaticReview(List.of(
                new StockSufficientRule(),
                new PriceMatchesCatalogueRule(BigDecimal.ZERO),
                new PaymentCompleteRule("EUR", new BigDecimal("500.00"), BigDecimal.ZERO, BigDecimal.ZERO)));

        Evaluation inStock = review.evaluate(
                order, facts().product("A", "12.50").stock("A", 2).build());
        Evaluation outOfStock =
                review.evaluate(order, facts().product("A", "12.50").build());

        assertThat(inStock.results())
                .extracting(RuleResult::rule)
                .containsExactly("stock-sufficient", "price-matches-catalogue", "payment-complete");
        assertThat(inStock.passed()).isTrue();
        assertThat(outOfStock.passed()).isFalse();
        assertThat(outOfStock.failures()).extracting(RuleResult::rule).containsExactly("stock-sufficient");
    }

    @Test
    void aRuleThatBreaksCountsAsFailedSoAPersonLooks() {
        ReviewRule broken = new ReviewRule() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
                throw new IllegalStateException("no data");
            }
        };

        Evaluation evaluation = new AutomaticReview(List.of(broken)).evaluate(order, facts().build());

        assertThat(evaluation.passed()).isFalse();
        assertThat(evaluation.failures())
                .singleElement()
                .satisfies(f -> assertThat(f.explanation()).isEqualTo("The rule could not be evaluated: no data"));
    }
}

package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A platform line without a SKU of ours holds the order, saying which line and how to map it (issue 10). */
class SkuMappedRuleTest {
    private final SkuMappedRule rule = new SkuMappedRule();

    @Test
    void everyLineWithASkuPasses() {
        RuleResult result = rule.evaluate(anOrder().line("A", 1, "1.00").build(), facts().build());
        assertThat(result.passed()).isTrue();
        assertThat(result.explanation()).isEqualTo("Every line has a SKU");
    }

    @Test
    void anUnmappedLineIsNamedWithThePlatformsIds() {
        var order = anOrder()
                .line("A", 1, "1.00")
                .unmappedLine("7712300000002", "4412300000002", 1, "21.00")
                .charged("22.00")
                .build();
        RuleResult result = rule.evaluate(order, facts().build());
        assertThat(result.passed()).isFalse();
        assertThat(result.explanation())
                .contains("line 2 (Hand-painted Bowl, shopify product 7712300000002 variant 4412300000002)")
                .contains("/lines/{lineNo}/sku");
    }
}

package com.smartstore.oms.review.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.review.domain.ReviewRule;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

    @Test
    void everyRuleRunsByDefaultInAFixedOrder() {
        assertThat(new ReviewRules().automaticReview(config(Map.of())).rules())
                .extracting(ReviewRule::name)
                .containsExactly(
                        "stock-sufficient",
                        "price-matches-catalogue",
                        "payment-complete",
                        "address-complete",
                        "high-order-value",
                        "unusual-quantity");
    }

    @Test
    void aDisabledRuleIsSkippedAndAnUnknownIdIgnored() {
        Map<String, ReviewConfig.RuleSettings> rules =
                Map.of("high-order-value", () -> false, "address-complete", () -> true, "no-such-rule", () -> false);

        assertThat(new ReviewRules().automaticReview(config(rules)).rules())
                .extracting(ReviewRule::name)
                .doesNotContain("high-order-value")
                .contains("address-complete", "unusual-quantity")
                .hasSize(5);
    }

    private static ReviewConfig config(Map<String, ReviewConfig.RuleSettings> rules) {
        return new ReviewConfig() {
            @Override
            public BigDecimal priceTolerance() {
                return BigDecimal.ZERO;
            }

            @Override
            public BigDecimal highValueThreshold() {
                return new BigDecimal("1000.00");
            }

            @Override
            public int maxLineQuantity() {
                return 50;
            }

            @Override
            public Map<String, RuleSettings> rules() {
                return rules;
            }
        };
    }
}

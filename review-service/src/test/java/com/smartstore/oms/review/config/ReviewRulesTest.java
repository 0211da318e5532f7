package com.smartstore.oms.review.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.kit.pii.PiiCipher;
import com.smartstore.oms.review.domain.ReviewRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {
    private static final PiiCipher CIPHER = new PiiCipher(Map.of(), null, "k");

    @Test
    void everyRuleRunsByDefaultInAFixedOrder() {
        assertThat(new ReviewRules().automaticReview(config(Map.of()), CIPHER).rules())
                .extracting(ReviewRule::name)
                .containsExactly(
                        "stock-sufficient",
                        "price-matches-catalogue",
                        "payment-complete",
                        "address-complete",
                        "high-order-value",
                        "unusual-quantity",
                        "blacklisted-customer",
                        "suspected-duplicate",
                        "contact-usable",
                        "sku-mapped",
                        "currency-settled",
                        "platform-totals",
                        "platform-status");
    }

    @Test
    void aDisabledRuleIsSkippedAndAnUnknownIdIgnored() {
        Map<String, ReviewConfig.RuleSettings> rules = Map.of(
                "high-order-value",
                settings(false),
                "address-complete",
                settings(true),
                "no-such-rule",
                settings(false));

        assertThat(new ReviewRules().automaticReview(config(rules), CIPHER).rules())
                .extracting(ReviewRule::name)
                .doesNotContain("high-order-value")
                .contains("address-complete", "unusual-quantity")
                .hasSize(12);
    }

    @Test
    void ruleSettingsHaveDefaultsAndCanBeSet() {
        assertThat(config(Map.of()).codMaximum()).isEqualByComparingTo("500.00");
        assertThat(config(Map.of()).duplicateWindow()).isEqualTo(Duration.ofHours(24));
        ReviewConfig.RuleSettings duplicate = new Settings(true, null, null, Duration.ofHours(2));
        ReviewConfig.RuleSettings payment = new Settings(true, new BigDecimal("99.00"), BigDecimal.ONE, null);
        ReviewConfig set = config(Map.of("suspected-duplicate", duplicate, "payment-complete", payment));

        assertThat(set.duplicateWindow()).isEqualTo(Duration.ofHours(2));
        assertThat(set.codMaximum()).isEqualByComparingTo("99.00");
        assertThat(set.instalmentTolerance()).isEqualByComparingTo("1");
    }

    private record Settings(boolean enabled, BigDecimal cod, BigDecimal tolerance, Duration duplicateWindow)
            implements ReviewConfig.RuleSettings {
        @Override
        public Optional<BigDecimal> codMaximum() {
            return Optional.ofNullable(cod);
        }

        @Override
        public Optional<BigDecimal> instalmentTolerance() {
            return Optional.ofNullable(tolerance);
        }

        @Override
        public Optional<Duration> window() {
            return Optional.ofNullable(duplicateWindow);
        }
    }

    private static ReviewConfig.RuleSettings settings(boolean enabled) {
        return new Settings(enabled, null, null, null);
    }

    private static ReviewConfig config(Map<String, ReviewConfig.RuleSettings> rules) {
        return new ReviewConfig() {
            @Override
            public BigDecimal priceTolerance() {
                return BigDecimal.ZERO;
            }

            @Override
            public String currency() {
                return "EUR";
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
            public java.util.List<String> settledCurrencies() {
                return java.util.List.of("EUR");
            }

            @Override
            public Map<String, RuleSettings> rules() {
                return rules;
            }
        };
    }
}

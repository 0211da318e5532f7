package com.smartstore.oms.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Business settings of order review ({@code oms.review.*}). */
@ConfigMapping(prefix = "oms.review")
public interface ReviewConfig {
    /** How far a line's unit price may differ from the catalogue price and still pass (R-R1); 0 = exact. */
    @WithDefault("0.00")
    BigDecimal priceTolerance();

    /**
     * The shop's currency, the one the amounts below are in ({@code high-value-threshold}, the cash-on-delivery
     * maximum): an order in another currency is compared by what its platform converted it to, else a reviewer looks.
     */
    @WithDefault("EUR")
    String currency();

    /** An order total above this goes to manual review ({@code high-order-value}). */
    @WithDefault("1000.00")
    BigDecimal highValueThreshold();

    /**
     * The currencies the shop settles payments in ({@code currency-settled}, issue 10): an order charged in another
     * one goes to manual review, unless its platform settles it in one of these.
     */
    @WithDefault("EUR")
    List<String> settledCurrencies();

    /** A line with more units than this goes to manual review ({@code unusual-quantity}). */
    @WithDefault("50")
    int maxLineQuantity();

    /** Per rule id ({@code oms.review.rules.<rule-id>.enabled}); a rule not listed is enabled. */
    Map<String, RuleSettings> rules();

    /** The settings of one rule: every rule has {@code enabled}; the others belong to the rule named. */
    interface RuleSettings {
        @WithDefault("true")
        boolean enabled();

        /** payment-complete: the largest order total accepted for cash on delivery (default 500.00). */
        Optional<BigDecimal> codMaximum();

        /** payment-complete: how far an instalment plan may differ from the total (default 0.05). */
        Optional<BigDecimal> instalmentTolerance();

        /** suspected-duplicate: how close two orders of the same items must be to look alike (default 24h). */
        Optional<Duration> window();
    }

    default boolean enabled(String ruleId) {
        RuleSettings settings = rules().get(ruleId);
        return settings == null || settings.enabled();
    }

    default BigDecimal codMaximum() {
        return setting("payment-complete", RuleSettings::codMaximum).orElse(new BigDecimal("500.00"));
    }

    default BigDecimal instalmentTolerance() {
        return setting("payment-complete", RuleSettings::instalmentTolerance).orElse(new BigDecimal("0.05"));
    }

    default Duration duplicateWindow() {
        return setting("suspected-duplicate", RuleSettings::window).orElse(Duration.ofHours(24));
    }

    private <T> Optional<T> setting(String ruleId, Function<RuleSettings, Optional<T>> value) {
        return Optional.ofNullable(rules().get(ruleId)).flatMap(value);
    }
}

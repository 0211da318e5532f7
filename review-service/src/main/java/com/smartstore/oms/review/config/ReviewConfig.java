package com.smartstore.oms.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Map;

/** Business settings of order review ({@code oms.review.*}). */
@ConfigMapping(prefix = "oms.review")
public interface ReviewConfig {
    /** How far a line's unit price may differ from the catalogue price and still pass (R-R1); 0 = exact. */
    @WithDefault("0.00")
    BigDecimal priceTolerance();

    /** An order total above this goes to manual review ({@code high-order-value}). */
    @WithDefault("1000.00")
    BigDecimal highValueThreshold();

    /** A line with more units than this goes to manual review ({@code unusual-quantity}). */
    @WithDefault("50")
    int maxLineQuantity();

    /** Per rule id ({@code oms.review.rules.<rule-id>.enabled}); a rule not listed is enabled. */
    Map<String, RuleSettings> rules();

    /** The settings every rule has. */
    interface RuleSettings {
        @WithDefault("true")
        boolean enabled();
    }

    default boolean enabled(String ruleId) {
        RuleSettings settings = rules().get(ruleId);
        return settings == null || settings.enabled();
    }
}

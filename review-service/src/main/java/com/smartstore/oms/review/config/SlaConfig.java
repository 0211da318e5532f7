package com.smartstore.oms.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Service-level deadlines of review ({@code oms.sla.<kind>-...}); how often they are checked is the kit's
 * {@code oms.sla.check-interval} and {@code oms.sla.check-batch-size} ({@code SlaCheckConfig}).
 */
@ConfigMapping(prefix = "oms.sla")
public interface SlaConfig {
    /** Hours a held order may wait for a reviewer's decision (R-R4); fractions allowed (0.5 = 30 minutes). */
    @WithDefault("4")
    double manualReviewHours();

    default Duration manualReviewTime() {
        if (manualReviewHours() <= 0) {
            throw new IllegalArgumentException(
                    "oms.sla.manual-review-hours must be positive, was " + manualReviewHours());
        }
        return Duration.ofSeconds(Math.round(manualReviewHours() * 3600));
    }
}

package com.smartstore.oms.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Service-level deadlines of review ({@code oms.sla.*}). */
@ConfigMapping(prefix = "oms.sla")
public interface SlaConfig {
    /** Hours a held order may wait for a reviewer's decision (R-R4); fractions allowed (0.5 = 30 minutes). */
    @WithDefault("4")
    double manualReviewHours();

    /**
     * How often the scheduled check looks for overdue reviews and cases (Quarkus scheduler syntax: 1m, 30s);
     * read by {@code SlaWatch}'s {@code @Scheduled}, listed here so the key is documented and checked.
     */
    @WithDefault("1m")
    String checkInterval();

    /** At most this many overdue items are escalated per check and kind; the next check takes the rest. */
    @WithDefault("100")
    int checkBatchSize();

    default Duration manualReviewTime() {
        if (manualReviewHours() <= 0) {
            throw new IllegalArgumentException(
                    "oms.sla.manual-review-hours must be positive, was " + manualReviewHours());
        }
        return Duration.ofSeconds(Math.round(manualReviewHours() * 3600));
    }
}

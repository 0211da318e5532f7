package com.smartstore.oms.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Deadlines intake owns ({@code oms.sla.<kind>-...}, REQUIREMENTS [X] keys); how often they are checked is the kit's
 * {@code oms.sla.check-interval} and {@code oms.sla.check-batch-size} ({@code SlaCheckConfig}).
 */
@ConfigMapping(prefix = "oms.sla")
public interface SlaConfig {
    /** R-I7: an order passed on for entry is entered within this many minutes of being filed. */
    @WithDefault("30")
    int entryMinutes();
}

package com.smartstore.oms.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Deadlines intake owns ({@code oms.sla.*}, REQUIREMENTS [X] keys). */
@ConfigMapping(prefix = "oms.sla")
public interface SlaConfig {
    /** R-I7: an order passed on for entry is entered within this many minutes of being filed. */
    @WithDefault("30")
    int entryMinutes();

    /** How often overdue entry requests are looked for (also read by the scheduler as an expression). */
    @WithDefault("1m")
    Duration checkInterval();
}

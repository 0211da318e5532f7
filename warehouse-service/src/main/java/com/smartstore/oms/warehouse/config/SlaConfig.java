package com.smartstore.oms.warehouse.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** Service-level deadlines of the warehouse ({@code oms.sla.*}). */
@ConfigMapping(prefix = "oms.sla")
public interface SlaConfig {
    /** Hours a pick list has from its creation to be picked (R-W3). */
    @WithDefault("8")
    @Min(1)
    int pickHours();

    /**
     * How often the scheduled check looks for overdue pick lists (Quarkus scheduler syntax: 1m, 30s); read by
     * {@code PickSlaWatch}'s {@code @Scheduled}, listed here so the key is documented and checked.
     */
    @WithDefault("1m")
    String checkInterval();

    /** At most this many overdue pick lists are escalated per check; the next check takes the rest. */
    @WithDefault("100")
    @Min(1)
    int checkBatchSize();
}

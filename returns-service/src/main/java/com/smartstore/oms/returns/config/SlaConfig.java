package com.smartstore.oms.returns.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/**
 * The deadlines of returns ({@code oms.sla.<kind>-...}); how often they are checked is the kit's
 * {@code oms.sla.check-interval} and {@code oms.sla.check-batch-size} ({@code SlaCheckConfig}).
 */
@ConfigMapping(prefix = "oms.sla")
public interface SlaConfig {
    /** Hours after a ticket is opened by which after-sales must have contacted the customer (R-X3). */
    @WithDefault("24")
    @Min(1)
    int afterSalesContactHours();

    /**
     * Working days (weekends and {@code oms.returns.holidays} excluded) after the goods were received by which eligible
     * goods must be refunded, confirmed by finance (R-X4).
     */
    @WithDefault("3")
    @Min(0)
    int refundWorkingDays();
}

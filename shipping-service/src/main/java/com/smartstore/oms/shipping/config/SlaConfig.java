package com.smartstore.oms.shipping.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/**
 * Service-level deadlines of shipping ({@code oms.sla.<kind>-...}); how often they are checked is the kit's
 * {@code oms.sla.check-interval} and {@code oms.sla.check-batch-size} ({@code SlaCheckConfig}).
 */
@ConfigMapping(prefix = "oms.sla")
public interface SlaConfig {
    /** Hours from an order's receipt to its ship-by time when the customer asked for no ship date (R-S2). */
    @WithDefault("24")
    @Min(1)
    int shipHours();

    /** Hours before its ship-by time a waiting shipment counts as at risk (R-S2). */
    @WithDefault("4")
    @Min(0)
    int shipAtRiskHours();

    /** Hours a shipped parcel may go without a tracking update before it is flagged (R-S6). */
    @WithDefault("48")
    @Min(1)
    int staleTrackingHours();
}

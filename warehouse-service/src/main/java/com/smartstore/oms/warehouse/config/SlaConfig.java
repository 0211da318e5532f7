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
}

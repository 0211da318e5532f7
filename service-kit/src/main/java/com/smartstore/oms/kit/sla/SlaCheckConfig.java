package com.smartstore.oms.kit.sla;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How a service checks its deadlines ({@code oms.sla.*}, the same keys in every service). A service's own deadlines are
 * {@code oms.sla.<kind>-...} keys in its own mapping (e.g. {@code oms.sla.entry-minutes}).
 */
@ConfigMapping(prefix = "oms.sla")
public interface SlaCheckConfig {
    /**
     * How often overdue items are looked for (1m, 30s); read by {@link DeadlineWatch}'s {@code @Scheduled} as an
     * expression, listed here so the key is documented and checked.
     */
    @WithDefault("1m")
    Duration checkInterval();

    /** At most this many overdue items are escalated per check and kind; the next check takes the rest. */
    @WithDefault("100")
    @Min(1)
    int checkBatchSize();
}

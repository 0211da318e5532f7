package com.smartstore.oms.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay ({@code oms.outbox.*}). */
@ConfigMapping(prefix = "oms.outbox")
public interface OutboxConfig {
    /** Whether this instance runs a relay at all (one per database publishes at a time regardless). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows read and sent per round trip. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for a NOTIFY before it looks at the table anyway. */
    @WithDefault("2s")
    Duration pollInterval();

    /** How often a standby relay tries to take over the advisory lock. */
    @WithDefault("2s")
    Duration standbyInterval();

    /** How long published rows are kept (for inspection) before they are deleted. */
    @WithDefault("24h")
    Duration retention();
}

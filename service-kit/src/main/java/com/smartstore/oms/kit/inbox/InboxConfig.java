package com.smartstore.oms.kit.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Retry policy of the idempotent inbox ({@code oms.inbox.*}). */
@ConfigMapping(prefix = "oms.inbox")
public interface InboxConfig {
    /** Retries of an unexpected handler failure before the event goes to the dead-letter topic. */
    @WithDefault("3")
    int retries();

    /** First back-off between retries; it doubles up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("30s")
    Duration maxBackoff();
}

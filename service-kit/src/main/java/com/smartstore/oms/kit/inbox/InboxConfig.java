package com.smartstore.oms.kit.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Retry policy and retention of the idempotent inbox ({@code oms.inbox.*}). */
@ConfigMapping(prefix = "oms.inbox")
public interface InboxConfig {
    /** Retries of an unexpected handler failure (a bug) before the event goes to the dead-letter topic. */
    @WithDefault("3")
    int retries();

    /** First back-off between retries; it doubles up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /** Longest pause between two attempts, also the longest a consumer lags behind a database that came back. */
    @WithDefault("10s")
    Duration maxBackoff();

    /** How long a consumer may retry a transient failure before readiness reports it DOWN. */
    @WithDefault("5s")
    Duration unhealthyAfter();

    /**
     * How long {@code processed_event} rows are kept: longer than the topics' retention (7 days), so a
     * redelivery from anywhere in a topic is still recognised as a duplicate.
     */
    @WithDefault("14d")
    Duration retention();

    /**
     * Test and chaos runs only: each event waits a pseudo-random delay up to this long before it is handled, so a
     * consumer of several topics sees their events in shuffled relative order (docs/ORDER-LIFECYCLE.md, the
     * interleaving run). Absent in production.
     */
    Optional<Duration> jitterMax();

    /** Seed of the jitter: the same seed delays the same event of the same consumer by the same amount. */
    @WithDefault("17")
    long jitterSeed();
}

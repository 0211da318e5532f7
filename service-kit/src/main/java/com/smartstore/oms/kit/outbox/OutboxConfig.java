package com.smartstore.oms.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox and its relay ({@code oms.outbox.*}). */
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

    /** Longest pause of the relay between attempts while the broker or the database is down. */
    @WithDefault("10s")
    Duration maxBackoff();

    /**
     * How long the leader's database session may stay silent before PostgreSQL ends it (its
     * {@code idle_session_timeout}), releasing the advisory lock to a standby: a leader that died without
     * closing its connection (host crash, network partition) is replaced within this time. The leader
     * speaks at least every {@link #pollInterval()}, so keep it a few poll intervals long.
     */
    @WithDefault("10s")
    Duration leaderTimeout();

    /** JDBC connect timeout of the relay's connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** JDBC socket (read) timeout of the relay's connection: a dead connection is noticed within this time. */
    @WithDefault("15s")
    Duration socketTimeout();

    /**
     * Largest event {@code Outbox.add} accepts (JSON body, in bytes): well below the broker's 1 MB message
     * limit, so no event can block its key; an event that needs more should carry references instead.
     */
    @WithDefault("262144")
    int maxEventBytes();

    /**
     * How long published (and discarded) rows are kept for inspection before retention deletes them:
     * longer than the topics' retention (7 days).
     */
    @WithDefault("14d")
    Duration retention();
}

package com.smartstore.oms.kit.testing;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The services' {@link Clock} in every {@code @QuarkusTest} (it replaces the kit's default system clock): system time
 * plus an offset that a test moves, so a deadline passes without waiting for it. It keeps ticking, so timestamps still
 * order events; a test that moves it calls {@link #reset()} afterwards. Thread-safe.
 */
@Singleton
public class TestClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves time forward (or back, with a negative duration). */
    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    /** From now on, time goes on from {@code now}. */
    public void set(Instant now) {
        offset.set(Duration.between(Instant.now(), now));
    }

    /** Back to system time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }
}

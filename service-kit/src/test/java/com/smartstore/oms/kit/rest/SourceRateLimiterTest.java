package com.smartstore.oms.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The webhook rate limit's arithmetic (issue 15), with time moved by hand. */
class SourceRateLimiterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aSourceGetsItsBurstThenWaitsForTheRefillOthersAreNotAffected() {
        SourceRateLimiter limiter = new SourceRateLimiter(3, 2, 100);

        assertThat(limiter.acquire("a", 0)).isZero();
        assertThat(limiter.acquire("a", 0)).isZero();
        assertThat(limiter.acquire("a", 0)).isZero();
        // Two a second: the next token comes half a second later.
        assertThat(limiter.acquire("a", 0)).isEqualTo(SECOND / 2);
        assertThat(limiter.acquire("b", 0)).as("another source").isZero();

        assertThat(limiter.acquire("a", SECOND / 2)).isZero();
        assertThat(limiter.acquire("a", SECOND / 2)).isPositive();
        // Ten seconds idle: full again, but never more than the burst.
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("a", 10 * SECOND)).isZero();
        }
        assertThat(limiter.acquire("a", 10 * SECOND)).isPositive();
    }

    @Test
    void forgetsIdleSourcesBeforeRememberingMoreThanItsMaximum() {
        SourceRateLimiter limiter = new SourceRateLimiter(1, 1, 2);
        limiter.acquire("a", 0);
        limiter.acquire("b", 0);
        assertThat(limiter.acquire("c", 5 * SECOND)).isZero();
        assertThat(limiter.sources()).isLessThanOrEqualTo(2);
        // A busy source is forgotten too rather than growing without bound (it starts again with a full burst).
        limiter.acquire("d", 5 * SECOND);
        assertThat(limiter.sources()).isLessThanOrEqualTo(2);
    }

    @Test
    void refusesASettingThatWouldLetNothingThrough() {
        assertThatThrownBy(() -> new SourceRateLimiter(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SourceRateLimiter(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}

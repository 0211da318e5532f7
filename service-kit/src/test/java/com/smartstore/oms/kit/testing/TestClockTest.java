package com.smartstore.oms.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TestClockTest {

    @Test
    void movesForwardSetsAndResetsWhileStillTicking() {
        TestClock clock = new TestClock();
        Instant before = Instant.now();
        assertThat(clock.instant()).isBetween(before, Instant.now());

        clock.advance(Duration.ofHours(9));
        assertThat(clock.instant()).isAfterOrEqualTo(before.plus(Duration.ofHours(9)));

        Instant then = Instant.parse("2030-01-01T00:00:00Z");
        clock.set(then);
        assertThat(clock.instant()).isBetween(then, then.plusSeconds(5));
        assertThat(clock.millis())
                .isBetween(then.toEpochMilli(), then.plusSeconds(5).toEpochMilli());

        clock.reset();
        assertThat(clock.instant()).isBetween(before, Instant.now());
    }
}

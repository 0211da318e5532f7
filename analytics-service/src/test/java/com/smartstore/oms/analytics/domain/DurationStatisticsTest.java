package com.smartstore.oms.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DurationStatisticsTest {

    @Test
    void nothingToMeasureGivesACountOfZeroAndNoFigures() {
        assertThat(DurationStatistics.of(List.of()))
                .isEqualTo(new DurationStatistics(0, null, null, null, null, null))
                .isEqualTo(DurationStatistics.EMPTY);
    }

    @Test
    void oneValueIsEveryFigure() {
        assertThat(DurationStatistics.of(List.of(Duration.ofSeconds(42))))
                .isEqualTo(new DurationStatistics(1, 42.0, 42.0, 42.0, 42.0, 42.0));
    }

    @Test
    void twoValuesInterpolateBetweenThem() {
        // h = (n - 1) * p = p: 10 + p * (20 - 10)
        assertThat(DurationStatistics.of(seconds(20, 10)))
                .isEqualTo(new DurationStatistics(2, 15.0, 15.0, 19.0, 19.9, 20.0));
    }

    @Test
    void interpolatesLinearlyBetweenTheClosestRanksLikePercentileCont() {
        // Sorted [270, 500, 3000, 5880]; p90: h = 2.7 -> 3000 + 0.7 * 2880 = 5016.
        DurationStatistics s = DurationStatistics.of(seconds(3000, 270, 5880, 500));
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.meanSeconds()).isEqualTo(2412.5);
        assertThat(s.p50Seconds()).isEqualTo(1750.0);
        assertThat(s.p90Seconds()).isEqualTo(5016.0);
        assertThat(s.p99Seconds()).isEqualTo(5793.6);
        assertThat(s.maxSeconds()).isEqualTo(5880.0);
    }

    @Test
    void aRankThatFallsOnAValueIsThatValue() {
        // 1..101: h = 100 * p lands on whole ranks, so p50 = 51, p90 = 91, p99 = 100.
        DurationStatistics s = DurationStatistics.of(
                IntStream.rangeClosed(1, 101).mapToObj(Duration::ofSeconds).toList());
        assertThat(s).isEqualTo(new DurationStatistics(101, 51.0, 51.0, 91.0, 100.0, 101.0));
    }

    @Test
    void keepsMillisecondsAndRoundsBelowThem() {
        DurationStatistics s = DurationStatistics.of(List.of(Duration.ofMillis(1500), Duration.ofNanos(2_000_400_000)));
        assertThat(s.meanSeconds()).isEqualTo(1.75);
        assertThat(s.maxSeconds()).isEqualTo(2.0);
    }

    @Test
    void negativeDurationsFromSkewedClocksAreKept() {
        DurationStatistics s = DurationStatistics.of(seconds(-10, 30));
        assertThat(s.meanSeconds()).isEqualTo(10.0);
        assertThat(s.p50Seconds()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void percentileOfSortedValues() {
        double[] sorted = {1, 2, 3, 4};
        assertThat(DurationStatistics.percentile(sorted, 0)).isEqualTo(1.0);
        assertThat(DurationStatistics.percentile(sorted, 1)).isEqualTo(4.0);
        assertThat(DurationStatistics.percentile(sorted, 0.5)).isEqualTo(2.5);
    }

    private static List<Duration> seconds(long... values) {
        return Arrays.stream(values).mapToObj(Duration::ofSeconds).toList();
    }
}

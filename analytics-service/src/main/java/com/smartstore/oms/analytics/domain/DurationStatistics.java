package com.smartstore.oms.analytics.domain;

/**
 * Count, mean, median, 90th and 99th percentile and maximum of a set of durations, in seconds (with milliseconds as
 * decimals); every figure but the count is null when there is nothing to measure. The count and mean are exact (the
 * daily figures keep the count and the sum in milliseconds); the percentiles and the maximum come from the merged
 * daily sketches ({@link Sketch}): nearest rank, rounded down to the sketch's bucket (a millisecond under 2.048 s, a
 * second from 2.5 s to 2048 s, 0.1 % above).
 */
public record DurationStatistics(
        long count, Double meanSeconds, Double p50Seconds, Double p90Seconds, Double p99Seconds, Double maxSeconds) {

    public static final DurationStatistics EMPTY = new DurationStatistics(0, null, null, null, null, null);

    public static DurationStatistics of(long count, long totalMillis, Sketch sketch) {
        if (count <= 0) {
            return EMPTY;
        }
        return new DurationStatistics(
                count,
                Math.round((double) totalMillis / count) / 1000.0,
                seconds(sketch.percentileMillis(50)),
                seconds(sketch.percentileMillis(90)),
                seconds(sketch.percentileMillis(99)),
                seconds(sketch.maxMillis()));
    }

    /** Milliseconds as seconds with three decimals (the sketch keeps milliseconds under 2.5 s, seconds above). */
    private static Double seconds(Long millis) {
        return millis == null ? null : millis / 1000.0;
    }
}

package com.smartstore.oms.analytics.domain;

import java.time.Duration;
import java.util.Collection;
import java.util.Objects;

/**
 * Count, mean, median, 90th and 99th percentile and maximum of a set of durations, in seconds rounded to
 * the millisecond; every figure but the count is null when there is nothing to measure.
 *
 * <p>Percentiles interpolate linearly between the two closest ranks: for {@code n} sorted values
 * {@code x[0..n-1]} and fraction {@code p}, {@code h = (n - 1) * p} and the percentile is
 * {@code x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)])}. This is PostgreSQL's
 * {@code percentile_cont}, Excel's {@code PERCENTILE.INC}, NumPy's default and R's type 7, so the figures
 * can be checked with any of them; for a single value every percentile is that value.
 */
public record DurationStatistics(
        int count, Double meanSeconds, Double p50Seconds, Double p90Seconds, Double p99Seconds, Double maxSeconds) {

    public static final DurationStatistics EMPTY = new DurationStatistics(0, null, null, null, null, null);

    public static DurationStatistics of(Collection<Duration> durations) {
        if (durations.isEmpty()) {
            return EMPTY;
        }
        double[] sorted = durations.stream()
                .map(Objects::requireNonNull)
                .mapToDouble(DurationStatistics::seconds)
                .sorted()
                .toArray();
        double sum = 0;
        for (double value : sorted) {
            sum += value;
        }
        return new DurationStatistics(
                sorted.length,
                millis(sum / sorted.length),
                millis(percentile(sorted, 0.50)),
                millis(percentile(sorted, 0.90)),
                millis(percentile(sorted, 0.99)),
                millis(sorted[sorted.length - 1]));
    }

    /** The {@code p} percentile ({@code 0 <= p <= 1}) of sorted, non-empty values, as described above. */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        if (below + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
    }

    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }

    /** Rounds to the millisecond so that binary fractions do not show up as 59.99999999. */
    private static double millis(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}

package com.smartstore.oms.analytics.domain;

/**
 * Daily figures added up over a range: how many facts, their total, and (durations) the merged sketch. This is how
 * every endpoint answers: it merges day rows, it never reads orders.
 */
public final class Tally {
    private long count;
    private long total;
    private Sketch sketch;

    public Tally add(long count, long total, byte[] sketchBytes) {
        this.count += count;
        this.total += total;
        if (sketchBytes != null) {
            Sketch day = Sketch.fromBytes(sketchBytes);
            sketch = sketch == null ? day : sketch.merge(day);
        }
        return this;
    }

    public long count() {
        return count;
    }

    public long total() {
        return total;
    }

    /** The durations' statistics (count, exact mean, sketched percentiles and maximum). */
    public DurationStatistics durations() {
        return DurationStatistics.of(count, total, sketch == null ? Sketch.empty() : sketch);
    }

    /** The mean of the totals per fact (e.g. average order value in cents, average satisfaction), null if none. */
    public Double mean() {
        return count == 0 ? null : (double) total / count;
    }
}

package com.smartstore.oms.analytics.domain;

import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * A mergeable percentile sketch of durations in whole seconds (HdrHistogram, three significant digits: a percentile
 * is within 0.1 % of the exact nearest-rank value; values below 2048 s are exact). One is stored per day and figure;
 * a range's percentiles come from merging its days' sketches, never from the orders. Values can be taken out again
 * ({@link #remove}), which is how a late event that changes an order's duration replaces its first value.
 */
public final class Sketch {
    private static final int DIGITS = 3;

    private final Histogram histogram;

    private Sketch(Histogram histogram) {
        this.histogram = histogram;
    }

    public static Sketch empty() {
        Histogram h = new Histogram(DIGITS);
        h.setAutoResize(true);
        return new Sketch(h);
    }

    /** A sketch read back from {@link #toBytes()}; null or empty bytes give an empty sketch. */
    public static Sketch fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return empty();
        }
        try {
            Histogram h = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
            h.setAutoResize(true);
            return new Sketch(h);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored sketch is not an HdrHistogram", e);
        }
    }

    /** Negative durations (two services' clocks disagree) count as 0 here; the mean keeps their true value. */
    private static long bucketValue(long millis) {
        return Math.max(0, Math.round(millis / 1000.0));
    }

    public Sketch add(long millis) {
        histogram.recordValue(bucketValue(millis));
        return this;
    }

    /** Takes out one value that was added before (the same millis); a value never added is ignored. */
    public Sketch remove(long millis) {
        long value = bucketValue(millis);
        if (histogram.getCountAtValue(value) > 0) {
            Histogram one = new Histogram(DIGITS);
            one.setAutoResize(true);
            one.recordValue(value);
            histogram.subtract(one);
        }
        return this;
    }

    public Sketch merge(Sketch other) {
        histogram.add(other.histogram);
        return this;
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /**
     * The nearest-rank {@code p} percentile in seconds ({@code 0 < p <= 100}): the smallest recorded value that at
     * least {@code p} % of the values do not exceed, rounded down to the bottom of its 0.1 % bucket; null
     * when empty.
     */
    public Long percentileSeconds(double p) {
        return count() == 0 ? null : histogram.lowestEquivalentValue(histogram.getValueAtPercentile(p));
    }

    /** The largest value in seconds (the bottom of its bucket), null when empty. */
    public Long maxSeconds() {
        return count() == 0 ? null : histogram.lowestEquivalentValue(histogram.getMaxValue());
    }

    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return bytes;
    }
}

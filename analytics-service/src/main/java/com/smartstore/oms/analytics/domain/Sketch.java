package com.smartstore.oms.analytics.domain;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A mergeable percentile sketch of durations (HdrHistogram, three significant digits). One is stored per day and
 * figure; a range's percentiles come from merging its days' sketches, never from the orders. Values can be taken out
 * again ({@link #remove}), which is how a late event that changes an order's duration replaces its first value.
 *
 * <p>Two histograms: durations under {@value #FINE_BELOW_MILLIS} ms in milliseconds (exact below 2048 ms, so a
 * sub-second stage reads e.g. 0.25 s, not 0), longer ones in whole seconds as before (exact below 2048 s, within
 * 0.1 % above). The split keeps the order of values: every fine value is under 2.5 s, every coarse one rounds to 3 s
 * or more. Stored bytes: a sketch without fine values is the seconds histogram alone (the format stored before
 * milliseconds were kept, so old rows read as they are); with fine values, a {@code 'M'} byte, the length of the
 * seconds histogram, it, then the milliseconds histogram.
 */
public final class Sketch {
    private static final int DIGITS = 3;
    /** Durations under this are kept in milliseconds; the others in seconds. */
    static final long FINE_BELOW_MILLIS = 2500;

    private static final byte TWO_PARTS = 'M';

    /** Whole seconds, durations of 2.5 s or more (and every value stored before milliseconds were kept). */
    private final Histogram seconds;
    /** Milliseconds, durations under 2.5 s. */
    private final Histogram millis;

    private Sketch(Histogram seconds, Histogram millis) {
        this.seconds = seconds;
        this.millis = millis;
    }

    public static Sketch empty() {
        return new Sketch(histogram(), histogram());
    }

    private static Histogram histogram() {
        Histogram h = new Histogram(DIGITS);
        h.setAutoResize(true);
        return h;
    }

    /** A sketch read back from {@link #toBytes()}; null or empty bytes give an empty sketch. */
    public static Sketch fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return empty();
        }
        if (bytes[0] != TWO_PARTS) {
            return new Sketch(decode(bytes), histogram());
        }
        int secondsLength = ByteBuffer.wrap(bytes, 1, 4).getInt();
        int start = 1 + 4;
        // Copies, not slices: HdrHistogram's decoder reads the backing array from index 0 of the buffer's position.
        return new Sketch(
                decode(Arrays.copyOfRange(bytes, start, start + secondsLength)),
                decode(Arrays.copyOfRange(bytes, start + secondsLength, bytes.length)));
    }

    private static Histogram decode(byte[] bytes) {
        try {
            Histogram h = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
            h.setAutoResize(true);
            return h;
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored sketch is not an HdrHistogram", e);
        }
    }

    /** Negative durations (two services' clocks disagree) count as 0 here; the mean keeps their true value. */
    private static boolean fine(long millis) {
        return millis < FINE_BELOW_MILLIS;
    }

    private static long fineValue(long millis) {
        return Math.max(0, millis);
    }

    private static long secondsValue(long millis) {
        return Math.max(0, Math.round(millis / 1000.0));
    }

    public Sketch add(long millis) {
        if (fine(millis)) {
            this.millis.recordValue(fineValue(millis));
        } else {
            seconds.recordValue(secondsValue(millis));
        }
        return this;
    }

    /**
     * Takes out one value that was added before (the same millis); a value never added is ignored. A value under
     * 2.5 s added before milliseconds were kept is in the seconds histogram: it is taken out of there.
     */
    public Sketch remove(long millis) {
        if (!fine(millis) || !removeOne(this.millis, fineValue(millis))) {
            removeOne(seconds, secondsValue(millis));
        }
        return this;
    }

    private static boolean removeOne(Histogram h, long value) {
        if (h.getCountAtValue(value) <= 0) {
            return false;
        }
        Histogram one = new Histogram(DIGITS);
        one.setAutoResize(true);
        one.recordValue(value);
        h.subtract(one);
        return true;
    }

    public Sketch merge(Sketch other) {
        seconds.add(other.seconds);
        millis.add(other.millis);
        return this;
    }

    public long count() {
        return seconds.getTotalCount() + millis.getTotalCount();
    }

    /**
     * The nearest-rank {@code p} percentile in milliseconds ({@code 0 < p <= 100}): the smallest recorded value that
     * at least {@code p} % of the values do not exceed (the {@code ceil(p * n)}-th smallest), rounded down to the
     * bottom of its bucket (a millisecond under 2048 ms, a second from 2.5 s to 2048 s, 0.1 % above); null when empty.
     */
    public Long percentileMillis(double p) {
        long n = count();
        if (n == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * n - 1e-9));
        long fineCount = millis.getTotalCount();
        if (rank <= fineCount) {
            return valueAtRank(millis, rank);
        }
        return valueAtRank(seconds, rank - fineCount) * 1000;
    }

    private static long valueAtRank(Histogram h, long rank) {
        long seen = 0;
        for (HistogramIterationValue v : h.recordedValues()) {
            seen += v.getCountAtValueIteratedTo();
            if (seen >= rank) {
                return h.lowestEquivalentValue(v.getValueIteratedTo());
            }
        }
        return h.lowestEquivalentValue(h.getMaxValue());
    }

    /** The nearest-rank {@code p} percentile in whole seconds (rounded down), null when empty. */
    public Long percentileSeconds(double p) {
        Long ms = percentileMillis(p);
        return ms == null ? null : ms / 1000;
    }

    /** The largest value in milliseconds (the bottom of its bucket), null when empty. */
    public Long maxMillis() {
        if (seconds.getTotalCount() > 0) {
            return seconds.lowestEquivalentValue(seconds.getMaxValue()) * 1000;
        }
        return millis.getTotalCount() == 0 ? null : millis.lowestEquivalentValue(millis.getMaxValue());
    }

    /** The largest value in whole seconds (rounded down), null when empty. */
    public Long maxSeconds() {
        Long ms = maxMillis();
        return ms == null ? null : ms / 1000;
    }

    public byte[] toBytes() {
        byte[] coarse = encode(seconds);
        if (millis.getTotalCount() == 0) {
            return coarse;
        }
        byte[] fine = encode(millis);
        return ByteBuffer.allocate(1 + 4 + coarse.length + fine.length)
                .put(TWO_PARTS)
                .putInt(coarse.length)
                .put(coarse)
                .put(fine)
                .array();
    }

    private static byte[] encode(Histogram h) {
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return bytes;
    }
}

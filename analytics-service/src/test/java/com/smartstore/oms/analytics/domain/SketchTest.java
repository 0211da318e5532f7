package com.smartstore.oms.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The daily sketches: milliseconds exact below 2048 ms; from 2.5 s whole seconds, exact below 2048 s, within 0.1 % of
 * the exact nearest-rank percentile above; mergeable; the bytes stored before milliseconds were kept still read.
 */
class SketchTest {

    @Test
    void smallValuesAreExactNearestRank() {
        Sketch s = Sketch.empty();
        for (long seconds : new long[] {270, 500, 3000, 5880}) {
            s.add(seconds * 1000);
        }
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.percentileSeconds(50)).isEqualTo(500); // ceil(0.5 * 4) = 2nd
        assertThat(s.percentileSeconds(90)).isEqualTo(5880); // ceil(3.6) = 4th
        assertThat(s.maxSeconds()).isEqualTo(5880);
        assertThat(Sketch.empty().percentileSeconds(50)).isNull();
    }

    @Test
    void percentilesOfMergedDailySketchesAreWithinATenthOfAPercentOfTheExactValues() {
        Random random = new Random(13);
        long[] all = new long[30 * 1000];
        Sketch month = Sketch.empty();
        for (int day = 0; day < 30; day++) {
            Sketch daily = Sketch.empty();
            for (int i = 0; i < 1000; i++) {
                // Log-normal-ish durations from seconds to days.
                long seconds = Math.round(Math.exp(random.nextGaussian() * 2 + 8));
                all[day * 1000 + i] = seconds;
                daily.add(seconds * 1000);
            }
            month.merge(Sketch.fromBytes(daily.toBytes()));
        }
        Arrays.sort(all);
        for (double p : new double[] {50, 90, 99, 99.9}) {
            long exact = all[(int) Math.ceil(p / 100 * all.length - 1e-9) - 1]; // nearest rank
            assertThat((double) month.percentileSeconds(p))
                    .as("p" + p)
                    .isCloseTo(exact, within(Math.max(1, exact * 0.001)));
        }
        assertThat((double) month.maxSeconds()).isCloseTo(all[all.length - 1], within(all[all.length - 1] * 0.001));
        assertThat(month.count()).isEqualTo(all.length);
    }

    @Test
    void aValueTakenOutIsGoneAndAnUnknownOneChangesNothing() {
        Sketch s = Sketch.empty().add(60_000).add(120_000);
        s.remove(120_000).remove(999_000);
        assertThat(s.count()).isEqualTo(1);
        assertThat(s.maxSeconds()).isEqualTo(60);
        assertThat(Sketch.fromBytes(s.toBytes()).percentileSeconds(50)).isEqualTo(60);
        assertThat(Sketch.fromBytes(null).count()).isZero();
    }

    @Test
    void subSecondDurationsKeepTheirMilliseconds() {
        Sketch s = Sketch.empty();
        for (long ms : new long[] {250, 300, 1200, 2047}) {
            s.add(ms);
        }
        assertThat(s.percentileMillis(50)).isEqualTo(300); // 2nd of 4
        assertThat(s.percentileMillis(75)).isEqualTo(1200); // 3rd
        assertThat(s.maxMillis()).isEqualTo(2047);
        assertThat(Sketch.fromBytes(s.toBytes()).percentileMillis(50)).isEqualTo(300);
        assertThat(s.percentileSeconds(50)).isZero(); // whole seconds, rounded down
    }

    @Test
    void millisecondsAndSecondsKeepTheOrderOfValues() {
        // 400 ms and 2400 ms in milliseconds; 2600 ms rounds to 3 s, 60 s: the 4 values in their order.
        Sketch s = Sketch.empty().add(60_000).add(2600).add(2400).add(400);
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.percentileMillis(25)).isEqualTo(400);
        assertThat(s.percentileMillis(50)).isEqualTo(2400);
        assertThat(s.percentileMillis(75)).isEqualTo(3000);
        assertThat(s.percentileMillis(100)).isEqualTo(60_000);
        assertThat(s.maxMillis()).isEqualTo(60_000);
        Sketch merged = Sketch.empty().merge(Sketch.fromBytes(s.toBytes())).merge(Sketch.fromBytes(s.toBytes()));
        assertThat(merged.count()).isEqualTo(8);
        assertThat(merged.percentileMillis(50)).isEqualTo(2400); // 4th of 8
        s.remove(2400).remove(60_000);
        assertThat(s.percentileMillis(100)).isEqualTo(3000);
        assertThat(s.count()).isEqualTo(2);
    }

    @Test
    void sketchesStoredInWholeSecondsBeforeReadAsTheyWereAndGiveTheirValuesBack() {
        // The format stored before milliseconds were kept: one histogram of whole seconds (300 ms was 0 s).
        org.HdrHistogram.Histogram old = new org.HdrHistogram.Histogram(3);
        old.setAutoResize(true);
        old.recordValue(0);
        old.recordValue(90);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(old.getNeededByteBufferCapacity());
        int length = old.encodeIntoCompressedByteBuffer(buffer);
        byte[] bytes = java.util.Arrays.copyOf(buffer.array(), length);

        Sketch s = Sketch.fromBytes(bytes);
        assertThat(s.count()).isEqualTo(2);
        assertThat(s.percentileMillis(50)).isZero();
        assertThat(s.maxMillis()).isEqualTo(90_000);
        s.add(700); // a new sub-second value: kept in milliseconds next to the old ones
        assertThat(s.count()).isEqualTo(3);
        s.remove(300); // the old 300 ms, recorded as 0 s, is taken out of the seconds
        assertThat(s.count()).isEqualTo(2);
        assertThat(Sketch.fromBytes(s.toBytes()).percentileMillis(1)).isEqualTo(700);
    }

    @Test
    void millisecondPercentilesOfMergedDailySketchesMatchTheExactValues() {
        Random random = new Random(7);
        long[] all = new long[30 * 500];
        Sketch month = Sketch.empty();
        for (int day = 0; day < 30; day++) {
            Sketch daily = Sketch.empty();
            for (int i = 0; i < 500; i++) {
                long ms = random.nextInt(2500); // 0 to 2.5 s: exact below 2048 ms, within 0.1 % above
                all[day * 500 + i] = ms;
                daily.add(ms);
            }
            month.merge(Sketch.fromBytes(daily.toBytes()));
        }
        Arrays.sort(all);
        for (double p : new double[] {10, 50, 75, 90, 99, 99.9}) {
            long exact = all[(int) Math.ceil(p / 100 * all.length - 1e-9) - 1];
            assertThat((double) month.percentileMillis(p))
                    .as("p" + p)
                    .isCloseTo(exact, within(exact < 2048 ? 0 : exact * 0.001));
        }
    }

    @Test
    void aNegativeDurationCountsAsZeroInTheSketch() {
        assertThat(Sketch.empty().add(-5_000).percentileSeconds(50)).isZero();
    }
}

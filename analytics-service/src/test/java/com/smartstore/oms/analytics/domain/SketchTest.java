package com.smartstore.oms.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The daily sketches: exact below 2048 s, within 0.1 % of the exact nearest-rank percentile above, mergeable. */
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
    void aNegativeDurationCountsAsZeroInTheSketch() {
        assertThat(Sketch.empty().add(-5_000).percentileSeconds(50)).isZero();
    }
}

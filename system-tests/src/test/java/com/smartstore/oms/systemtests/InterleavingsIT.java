package com.smartstore.oms.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A small lifecycle interleaving run in the suite (issue 17): seeded stories of amendments, cancellations and late
 * payment failures against the six services, whose consumers delay each event by a random jitter so every consumer
 * sees its topics in shuffled relative order; then the invariants of {@link Interleavings}. The long run (>= 1,000
 * orders) is `./run.sh interleavings` (docs/ORDER-LIFECYCLE.md).
 */
@ExtendWith(RunningServices.class)
class InterleavingsIT {
    private final OrderFlow flow = new OrderFlow(new OmsClient(
            System.getProperty("oms.test.keycloak", "http://127.0.0.1:8180"), RunningServices.PORT_OFFSET));

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {17, 4242})
    void everyInvariantHoldsWhateverOrderTheEventsArriveIn(long seed) throws InterruptedException {
        Interleavings.Verdict verdict = new Interleavings(
                        flow,
                        System.getProperty("oms.test.jdbc", "jdbc:postgresql://127.0.0.1:5432/"),
                        RunningServices.DB_SUFFIX)
                .run(16, seed, Duration.ofMillis(800));

        assertThat(verdict.violations()).as(verdict.toString()).isEmpty();
        assertThat(verdict.orders()).isEqualTo(16);
    }
}

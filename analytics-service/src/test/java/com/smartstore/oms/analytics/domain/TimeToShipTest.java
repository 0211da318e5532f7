package com.smartstore.oms.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeToShipTest {
    private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void eachFigureCountsTheOrdersWhoseTwoEndsAreKnown() {
        TimeToShip report = TimeToShip.of(List.of(
                times(0L, 60L, 600L, 3600L),
                times(100L, null, 1420L, 7300L), // approval not seen (yet)
                times(null, null, 1000L, 1500L))); // receipt not seen (yet)

        assertThat(report.shippedOrders()).isEqualTo(3);
        assertThat(report.receivedToShipped().count()).isEqualTo(2);
        assertThat(report.receivedToShipped().meanSeconds()).isEqualTo(5400.0);
        assertThat(report.receivedToApproved()).isEqualTo(new DurationStatistics(1, 60.0, 60.0, 60.0, 60.0, 60.0));
        assertThat(report.approvedToPicked()).isEqualTo(new DurationStatistics(1, 540.0, 540.0, 540.0, 540.0, 540.0));
        assertThat(report.pickedToShipped().count()).isEqualTo(3);
        assertThat(report.pickedToShipped().maxSeconds()).isEqualTo(5880.0);
    }

    @Test
    void noShippedOrdersGiveEmptyFigures() {
        TimeToShip report = TimeToShip.of(List.of());
        assertThat(report.shippedOrders()).isZero();
        assertThat(List.of(
                        report.receivedToShipped(),
                        report.receivedToApproved(),
                        report.approvedToPicked(),
                        report.pickedToShipped()))
                .containsOnly(DurationStatistics.EMPTY);
    }

    private static ShippedOrderTimes times(Long received, Long approved, Long picked, Long shipped) {
        return new ShippedOrderTimes(at(received), at(approved), at(picked), at(shipped));
    }

    private static Instant at(Long seconds) {
        return seconds == null ? null : T.plusSeconds(seconds);
    }
}

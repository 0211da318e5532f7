package com.smartstore.oms.analytics.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.kit.rest.ApiException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Report ranges: a bad or unstorable end is a 400 naming it (issue 16), never a database error. */
class TimeRangeTest {

    @Test
    void readsInstantsWithAnOffsetAndLeavesMissingEndsOpen() {
        TimeRange range = TimeRange.parse("2026-12-01T00:00:00+01:00", null);

        assertThat(range.from()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(range.to()).isNull();
    }

    @Test
    void aYearBeyond9999IsA400NamingTheParameter() {
        assertThatThrownBy(() -> TimeRange.parse(null, "+100000-01-01T00:00:00Z"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error()).isEqualTo("invalid-to");
                    assertThat(e.getMessage()).startsWith("to: a date must lie in the years 0001 to 9999");
                });
    }

    @Test
    void fromMustBeBeforeTo() {
        assertThatThrownBy(() -> TimeRange.parse("2026-12-02T00:00:00Z", "2026-12-01T00:00:00Z"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.error()).isEqualTo("invalid-range"));
    }

    @Test
    void aDateIsMidnightUtcAndTheRangeCoversWholeDays() {
        TimeRange range = TimeRange.parse("2030-01-01", "2030-01-03T06:00:00Z");

        assertThat(range.from()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(range.fromDay()).isEqualTo(java.time.LocalDate.parse("2030-01-01"));
        assertThat(range.toDay()).isEqualTo(java.time.LocalDate.parse("2030-01-04")); // 06:00 reaches into the 3rd
        assertThat(TimeRange.parse(null, "2030-01-03").toDay()).isEqualTo(java.time.LocalDate.parse("2030-01-03"));
    }

    @Test
    void withoutDatesAGroupedReportReadsTheLast30DaysAndAtMostTenYears() {
        java.time.Clock clock = java.time.Clock.fixed(Instant.parse("2030-06-15T10:00:00Z"), java.time.ZoneOffset.UTC);

        TimeRange range = TimeRange.parseWithDefaults(null, null, clock);
        assertThat(range.to()).isEqualTo(Instant.parse("2030-06-16T00:00:00Z"));
        assertThat(range.from()).isEqualTo(Instant.parse("2030-05-17T00:00:00Z"));
        assertThatThrownBy(() -> TimeRange.parseWithDefaults("2000-01-01", "2030-01-01", clock))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.error()).isEqualTo("range-too-long"));
    }

    @Test
    void theDaysReadStayInTheYears0001To9999() {
        TimeRange range = TimeRange.parse("0001-01-01", "9999-12-31T12:00:00Z");

        assertThat(range.toDay()).isEqualTo(java.time.LocalDate.parse("9999-12-31"));
        assertThat(VolumeView.lookback(range.fromDay(), java.time.LocalDate.parse("0001-02-01")))
                .isEqualTo(java.time.LocalDate.parse("0001-01-01"));
    }
}

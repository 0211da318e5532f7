package com.smartstore.oms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working-day deadlines (R-X4): weekends and configured holidays do not count. */
class WorkingDaysTest {
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final WorkingDays DAYS = new WorkingDays(TAIPEI, Set.of(LocalDate.parse("2026-12-25")));

    @Test
    void threeWorkingDaysFromAFridayEndOnWednesday() {
        // Friday 4 December 2026, 18:00 in Taipei.
        Instant friday = Instant.parse("2026-12-04T10:00:00Z");
        assertThat(DAYS.deadline(friday, 3)).isEqualTo(Instant.parse("2026-12-09T16:00:00Z")); // Thu 00:00 Taipei
    }

    @Test
    void aHolidayIsSkippedLikeAWeekend() {
        // Wednesday 23 December: Thu 24, (Fri 25 holiday), Mon 28, Tue 29.
        Instant wednesday = Instant.parse("2026-12-23T02:00:00Z");
        assertThat(DAYS.deadline(wednesday, 3)).isEqualTo(Instant.parse("2026-12-29T16:00:00Z"));
        assertThat(DAYS.isWorkingDay(LocalDate.parse("2026-12-25"))).isFalse();
        assertThat(DAYS.isWorkingDay(LocalDate.parse("2026-12-26"))).isFalse();
        assertThat(DAYS.isWorkingDay(LocalDate.parse("2026-12-27"))).isFalse();
        assertThat(DAYS.isWorkingDay(LocalDate.parse("2026-12-28"))).isTrue();
    }

    @Test
    void theDayCountsInTheStoresTimeZoneAndZeroDaysEndsThatDay() {
        // 23:30 UTC on Saturday is Sunday 07:30 in Taipei: Monday is the first working day.
        Instant saturdayUtc = Instant.parse("2026-12-05T23:30:00Z");
        assertThat(DAYS.deadline(saturdayUtc, 1)).isEqualTo(Instant.parse("2026-12-07T16:00:00Z"));
        assertThat(DAYS.deadline(saturdayUtc, 0)).isEqualTo(Instant.parse("2026-12-06T16:00:00Z"));
        assertThatThrownBy(() -> DAYS.deadline(saturdayUtc, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

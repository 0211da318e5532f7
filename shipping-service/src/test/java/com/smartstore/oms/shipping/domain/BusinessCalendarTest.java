package com.smartstore.oms.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transit business days: weekends and configured holidays skipped, counted from the first business day. */
class BusinessCalendarTest {
    private static final LocalDate MON = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUE_HOLIDAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate FRI = LocalDate.of(2026, 12, 4);
    private static final LocalDate TUE_HOLIDAY_2 = LocalDate.of(2026, 12, 8);
    private final BusinessCalendar calendar = new BusinessCalendar(List.of(TUE_HOLIDAY, TUE_HOLIDAY_2));

    @Test
    void weekendsAndHolidaysAreNoBusinessDays() {
        assertThat(calendar.isBusinessDay(MON)).isTrue();
        assertThat(calendar.isBusinessDay(TUE_HOLIDAY)).isFalse();
        assertThat(calendar.isBusinessDay(FRI)).isTrue();
        assertThat(calendar.isBusinessDay(FRI.plusDays(1))).as("Saturday").isFalse();
        assertThat(calendar.isBusinessDay(FRI.plusDays(2))).as("Sunday").isFalse();
        assertThat(new BusinessCalendar(List.of()).isBusinessDay(TUE_HOLIDAY)).isTrue();
    }

    @Test
    void aFridayDispatchArrivesAfterTheWeekend() {
        assertThat(calendar.deliveryAfter(FRI, 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(calendar.deliveryAfter(FRI, 2))
                .as("Monday, then Tuesday is a holiday")
                .isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void aHolidayInTransitAddsADay() {
        assertThat(calendar.deliveryAfter(MON, 1)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(calendar.deliveryAfter(MON, 2)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(calendar.deliveryAfter(MON, 5))
                .as("Wed, Thu, Fri, Mon, (Tue holiday) Wed")
                .isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void aParcelHandedOverOnAWeekendOrHolidayStartsOnTheNextBusinessDay() {
        assertThat(calendar.deliveryAfter(FRI.plusDays(1), 1))
                .as("Saturday: starts Monday, arrives Wednesday (Tuesday a holiday)")
                .isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(calendar.deliveryAfter(TUE_HOLIDAY, 1)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(calendar.deliveryAfter(FRI.plusDays(2), 0))
                .as("no transit days: the first business day")
                .isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(calendar.deliveryAfter(MON, 0)).isEqualTo(MON);
    }

    @Test
    void negativeTransitDaysAreAMistake() {
        assertThatThrownBy(() -> calendar.deliveryAfter(MON, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

package com.smartstore.oms.analytics.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/** How a range's days are grouped: each period is named by its first day (weeks start on Monday, ISO-8601). */
public enum Period {
    DAY,
    WEEK,
    MONTH;

    /** The first day of the period that contains {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the next period. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** Parses {@code day}, {@code week} or {@code month} (any case); null for anything else. */
    public static Period parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

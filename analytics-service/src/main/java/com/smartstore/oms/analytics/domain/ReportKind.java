package com.smartstore.oms.analytics.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** What a report covers: the day, ISO week or month before the one it is made in, or a range asked for. */
public enum ReportKind {
    DAILY,
    WEEKLY,
    MONTHLY,
    ON_DEMAND;

    /** The first day of the last full period before {@code today} (not for ON_DEMAND). */
    public LocalDate lastFullPeriodStart(LocalDate today) {
        return switch (this) {
            case DAILY -> today.minusDays(1);
            case WEEKLY -> today.with(DayOfWeek.MONDAY).minusWeeks(1);
            case MONTHLY -> today.withDayOfMonth(1).minusMonths(1);
            case ON_DEMAND -> throw new IllegalStateException("an on-demand report has no schedule");
        };
    }

    /** The day after the period that starts on {@code start} (not for ON_DEMAND). */
    public LocalDate periodEnd(LocalDate start) {
        return switch (this) {
            case DAILY -> start.plusDays(1);
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
            case ON_DEMAND -> throw new IllegalStateException("an on-demand report has no schedule");
        };
    }

    /** How the report's volume is grouped. */
    public Period grouping() {
        return this == MONTHLY ? Period.WEEK : Period.DAY;
    }
}

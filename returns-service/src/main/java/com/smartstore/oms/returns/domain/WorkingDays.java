package com.smartstore.oms.returns.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Counts working days (R-X4): Monday to Friday, except the configured holidays, in the store's time zone. A deadline
 * of N working days after a moment is the end of the Nth working day after the day it happened on (that day does not
 * count): received on a Friday, 3 working days is the end of Wednesday.
 */
public record WorkingDays(ZoneId zone, Set<LocalDate> holidays) {
    public WorkingDays {
        holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The start of the day after the Nth working day after {@code from}'s day: the deadline, exclusive. */
    public Instant deadline(Instant from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative, was " + days);
        }
        LocalDate day = from.atZone(zone).toLocalDate();
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}

package com.smartstore.oms.shipping.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * The days carriers deliver on: Monday to Friday, but the configured holidays ({@code oms.shipping.holidays}). A parcel
 * handed over on a weekend or holiday starts its journey on the next business day.
 */
public final class BusinessCalendar {
    private final Set<LocalDate> holidays;

    public BusinessCalendar(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isBusinessDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The day a parcel handed over on {@code handedOver} arrives when the carrier takes {@code transitDays} business
     * days: counted from the first business day on or after the hand-over (0 days: that day).
     */
    public LocalDate deliveryAfter(LocalDate handedOver, int transitDays) {
        if (transitDays < 0) {
            throw new IllegalArgumentException("transit days must not be negative, was " + transitDays);
        }
        LocalDate day = nextBusinessDay(handedOver);
        for (int i = 0; i < transitDays; i++) {
            day = nextBusinessDay(day.plusDays(1));
        }
        return day;
    }

    private LocalDate nextBusinessDay(LocalDate from) {
        LocalDate day = from;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}

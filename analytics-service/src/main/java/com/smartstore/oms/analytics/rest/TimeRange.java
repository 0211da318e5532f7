package com.smartstore.oms.analytics.rest;

import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.rest.StorableDates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A half-open range {@code [from, to)} from query parameters, an ISO-8601 instant with an offset or a date (midnight
 * UTC); either end may be open (null). The daily figures are whole UTC days: {@link #fromDay()} is the day of
 * {@code from}, {@link #toDay()} the day after the last day {@code to} reaches into.
 */
public record TimeRange(Instant from, Instant to) {
    /** The longest range a grouped endpoint answers: ten years of days (time-to-ship takes any). */
    static final long MAX_DAYS = 3660;

    /** The days a date column is read for: the years 0001 to 9999, as {@link StorableDates} allows. */
    static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /** Parses both ends, or answers 400 naming the bad parameter. */
    public static TimeRange parse(String from, String to) {
        TimeRange range = new TimeRange(instant("from", from), instant("to", to));
        if (range.from != null && range.to != null && !range.from.isBefore(range.to)) {
            throw ApiException.badRequest(
                    "invalid-range", "from (" + from + ") must be before to (" + to + "); the range is [from, to)");
        }
        return range;
    }

    /**
     * Parses both ends; a missing {@code to} is the end of today and a missing {@code from} 30 days before
     * {@code to}, so a query without dates reads a month of daily figures.
     */
    public static TimeRange parseWithDefaults(String from, String to, Clock clock) {
        TimeRange parsed = parse(from, to);
        Instant end = parsed.to != null
                ? parsed.to
                : LocalDate.now(clock).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant start = parsed.from != null ? parsed.from : end.minus(30, ChronoUnit.DAYS);
        TimeRange range = parse(start.toString(), end.toString());
        if (ChronoUnit.DAYS.between(range.from, range.to) > MAX_DAYS) {
            throw ApiException.badRequest(
                    "range-too-long", "from (" + start + ") to (" + end + ") is longer than " + MAX_DAYS + " days");
        }
        return range;
    }

    /** The first day counted; null when open. */
    public LocalDate fromDay() {
        return from == null ? null : LocalDate.ofInstant(from, ZoneOffset.UTC);
    }

    /** The day after the last day counted; null when open. */
    public LocalDate toDay() {
        if (to == null) {
            return null;
        }
        LocalDate day = LocalDate.ofInstant(to, ZoneOffset.UTC);
        LocalDate end = day.atStartOfDay(ZoneOffset.UTC).toInstant().equals(to) ? day : day.plusDays(1);
        return end.isAfter(LAST_DAY) ? LAST_DAY : end;
    }

    /** {@code day}, or the first storable day if it is earlier (a look-back before the year 0001). */
    public static LocalDate storable(LocalDate day) {
        return day.isBefore(FIRST_DAY) ? FIRST_DAY : day;
    }

    private static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        OffsetDateTime instant;
        try {
            instant = text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    "invalid-" + parameter,
                    parameter + " is not an ISO-8601 instant with an offset, e.g. 2030-01-31T00:00:00Z, or a date,"
                            + " e.g. 2030-01-31: " + value);
        }
        if (!StorableDates.storable(instant)) {
            throw ApiException.badRequest("invalid-" + parameter, parameter + ": " + StorableDates.refusal(value));
        }
        return instant.toInstant();
    }
}

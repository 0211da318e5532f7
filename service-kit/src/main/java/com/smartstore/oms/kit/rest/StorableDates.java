package com.smartstore.oms.kit.rest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The dates a request may carry: the years 0001 to 9999 of ISO 8601's four-digit years. Java reads dates up to the
 * year 999999999 and PostgreSQL stores timestamps only to 294276, so a date beyond would be a 5xx at the database
 * (issue 16); no order, shipment or report needs one.
 */
public final class StorableDates {
    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;

    private StorableDates() {}

    /** True for an Instant, date or date-time within the years 0001 to 9999. */
    public static boolean storable(TemporalAccessor value) {
        int year = value instanceof Instant instant ? yearOf(instant) : value.get(ChronoField.YEAR);
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** What a caller is told about a date outside them. */
    public static String refusal(Object value) {
        return "a date must lie in the years %04d to %04d, not %s".formatted(MIN_YEAR, MAX_YEAR, value);
    }

    private static int yearOf(Instant instant) {
        // Instant's own range (years -1000000000 to 1000000000) is wider than OffsetDateTime's.
        if (instant.isBefore(Instant.parse("0000-01-01T00:00:00Z"))) {
            return Integer.MIN_VALUE;
        }
        if (instant.isAfter(Instant.parse("+10000-01-01T00:00:00Z"))) {
            return Integer.MAX_VALUE;
        }
        return instant.atOffset(ZoneOffset.UTC).getYear();
    }
}

package com.smartstore.oms.analytics.rest;

import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.rest.StorableDates;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** A half-open range {@code [from, to)} of instants from query parameters; either end may be open (null). */
public record TimeRange(Instant from, Instant to) {

    /** Parses ISO-8601 instants with a zone offset, or answers 400 naming the bad parameter. */
    public static TimeRange parse(String from, String to) {
        TimeRange range = new TimeRange(instant("from", from), instant("to", to));
        if (range.from != null && range.to != null && !range.from.isBefore(range.to)) {
            throw ApiException.badRequest(
                    "invalid-range", "from (" + from + ") must be before to (" + to + "); the range is [from, to)");
        }
        return range;
    }

    private static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    "invalid-" + parameter,
                    parameter + " is not an ISO-8601 instant with an offset, e.g. 2030-01-31T00:00:00Z: " + value);
        }
        if (!StorableDates.storable(instant)) {
            throw ApiException.badRequest("invalid-" + parameter, parameter + ": " + StorableDates.refusal(value));
        }
        return instant.toInstant();
    }
}

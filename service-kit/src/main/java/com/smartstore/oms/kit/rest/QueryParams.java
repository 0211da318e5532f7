package com.smartstore.oms.kit.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Parses optional query parameters into filters. Done here rather than by JAX-RS, which answers a query
 * parameter it cannot convert with a bare 404; these answer 400 with error {@code bad-<name>} saying what
 * the parameter accepts. A blank value is no filter ({@code null}).
 */
public final class QueryParams {

    /** An enum constant, case-insensitive. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(
                    "bad-" + name,
                    name + " '" + value + "' is unknown; use one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Boolean bool(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest("bad-" + name, name + " '" + value + "' must be true or false");
        };
    }

    /** A UUID; {@code error} names the refusal, e.g. {@code bad-order-id}. */
    public static UUID uuid(String error, String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(error, name + " '" + value + "' is not a UUID");
        }
    }

    /** An ISO date such as {@code 2026-11-27}, in the years {@link StorableDates} allows. */
    public static LocalDate date(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("bad-" + name, name + " '" + value + "' must be a date like 2026-11-27");
        }
        if (!StorableDates.storable(date)) {
            throw ApiException.badRequest("bad-" + name, name + ": " + StorableDates.refusal(date));
        }
        return date;
    }

    /** The trimmed value, or {@code null} when blank. */
    public static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private QueryParams() {}
}

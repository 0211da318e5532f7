package com.smartstore.oms.review.rest;

import com.smartstore.oms.kit.rest.ApiException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Parses optional query parameters into filters. Done here rather than by JAX-RS, which answers a bad
 * query parameter with a bare 404; these answer 400 naming the parameter and what it accepts.
 */
final class QueryParams {

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
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

    static Boolean bool(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest("bad-" + name, name + " '" + value + "' must be true or false");
        };
    }

    static UUID uuid(String error, String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(error, name + " '" + value + "' is not a UUID");
        }
    }

    static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private QueryParams() {}
}

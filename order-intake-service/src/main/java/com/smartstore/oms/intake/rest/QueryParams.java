package com.smartstore.oms.intake.rest;

import com.smartstore.oms.kit.rest.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Parses query parameters into types, answering 400 that names the parameter and what it accepts (JAX-RS
 * would answer a bare 404 for a query parameter it cannot convert).
 */
final class QueryParams {

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new ApiException(
                    400,
                    "invalid-parameter",
                    name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", was " + value);
        }
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "invalid-parameter", name + " must be a date like 2026-11-27, was " + value);
        }
    }

    private QueryParams() {}
}

package com.smartstore.oms.intake.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads platform JSON field by field, failing with the field's path when a needed one is missing or wrong. */
final class JsonFields {
    /** Digits before the point an amount may have (more than any order holds). */
    static final int MAX_AMOUNT_DIGITS = 15;

    /** Digits after the point an amount may have (platforms send 2, some computed ones more). */
    static final int MAX_AMOUNT_DECIMALS = 12;

    private JsonFields() {}

    static String path(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    static JsonNode object(JsonNode node, String name, String prefix) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || !value.isObject()) {
            throw new UnmappableOrder(path(prefix, name), "is missing or not an object");
        }
        return value;
    }

    static JsonNode nonEmptyArray(JsonNode node, String name, String prefix) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw new UnmappableOrder(path(prefix, name), "is missing or empty");
        }
        return value;
    }

    /**
     * Whether the member's text is one of the values; false when it is absent ({@code Set.of(..).contains(null)}
     * throws, and a platform body without e.g. a {@code status} is authentic data, not a 500).
     */
    static boolean isOneOf(JsonNode node, String name, Set<String> values) {
        String text = optText(node, name);
        return text != null && values.contains(text);
    }

    /** Text or number as text, or null when absent, null or blank. */
    static String optText(JsonNode node, String name) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    static String text(JsonNode node, String name, String prefix) {
        String value = optText(node, name);
        if (value == null) {
            throw new UnmappableOrder(path(prefix, name), "is missing or blank");
        }
        return value;
    }

    static BigDecimal optDecimal(JsonNode node, String name, String prefix) {
        String value = optText(node, name);
        if (value == null) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new UnmappableOrder(path(prefix, name), "is not a number: " + JsonText.truncate(value, 40));
        }
        // 1e999999999 is a number, but no amount: arithmetic on it would spell out a billion digits.
        if (amount.precision() - amount.scale() > MAX_AMOUNT_DIGITS || amount.scale() > MAX_AMOUNT_DECIMALS) {
            throw new UnmappableOrder(path(prefix, name), "is not an amount: " + JsonText.truncate(value, 40));
        }
        return amount;
    }

    static BigDecimal decimal(JsonNode node, String name, String prefix) {
        BigDecimal value = optDecimal(node, name, prefix);
        if (value == null) {
            throw new UnmappableOrder(path(prefix, name), "is missing");
        }
        return value;
    }

    static int positiveInt(JsonNode node, String name, String prefix) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || !value.canConvertToInt() || value.asInt() <= 0) {
            throw new UnmappableOrder(path(prefix, name), "must be a positive whole number");
        }
        return value.asInt();
    }

    /** An ISO timestamp with an offset, or (WooCommerce's *_gmt fields) without one, meaning UTC. */
    static Instant optInstant(JsonNode node, String name, String prefix) {
        String value = optText(node, name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new UnmappableOrder(path(prefix, name), "is not a timestamp: " + JsonText.truncate(value, 40));
            }
        }
    }

    /** The non-blank parts joined by a space, or null. */
    static String join(String... parts) {
        String joined = Arrays.stream(parts)
                .filter(Objects::nonNull)
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    @SafeVarargs
    static <T> T firstOf(T... values) {
        return Arrays.stream(values).filter(Objects::nonNull).findFirst().orElse(null);
    }
}

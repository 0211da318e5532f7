package com.smartstore.oms.systemtests.fuzz;

import static com.smartstore.oms.systemtests.fuzz.Mutations.pick;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Values of path and query parameters: a valid one from the parameter's schema when a seed gives none, and bad ones
 * (wrong type, unknown enum constant, malformed UUID or date, huge, control characters and invalid UTF-8 as percent
 * escapes). Every value here is already percent-encoded for the URL.
 */
final class Values {
    static final List<String> BAD_UUIDS = List.of(
            "not-a-uuid",
            "",
            "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "1-1-1-1-1",
            "{6f1c1a2e-8a7b-4e0b-9a55-0c1f3d2b4a10}",
            "6f1c1a2e8a7b4e0b9a550c1f3d2b4a10",
            "6f1c1a2e-8a7b-4e0b-9a55-0c1f3d2b4a1",
            "6f1c1a2e-8a7b-4e0b-9a55-0c1f3d2b4a100",
            "6F1C1A2E-8A7B-4E0B-9A55-0C1F3D2B4A10",
            "g1c1a2e-8a7b-4e0b-9a55-0c1f3d2b4a10",
            "12345678901234567890123456789012345678901234567890");

    /** Raw percent-escapes: NUL and other control characters, invalid UTF-8, malformed escapes. */
    private static final List<String> RAW = List.of(
            "%00",
            "a%00b",
            "%01",
            "%1F",
            "%7F",
            "%0A",
            "%0D%0A",
            "%C3%28",
            "%FF",
            "%C0%80",
            "%ED%A0%80",
            "%E2%82",
            "%F0%9F%98%80",
            "%25",
            "%",
            "%zz",
            "%2F",
            "..",
            "%2e%2e",
            "%20",
            "+",
            "%E2%80%AE",
            "%EF%BB%BF");

    private Values() {}

    /** A valid value for a parameter the seed does not name, from its schema. */
    static String valid(String name, JsonNode schema, Random random) {
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return encode(values.get(random.nextInt(values.size())).asText());
        }
        return switch (schema.path("type").asText("string")) {
            case "integer" -> Integer.toString(Math.max(schema.path("minimum").asInt(0), 1));
            case "boolean" -> random.nextBoolean() ? "true" : "false";
            default ->
                switch (schema.path("format").asText("")) {
                    case "uuid" -> encode(java.util.UUID.randomUUID().toString());
                    case "date" -> LocalDate.now().toString();
                    default -> "x";
                };
        };
    }

    /** A bad value for a parameter of this schema (or any bad value, half of the time). */
    static String bad(JsonNode schema, Random random) {
        List<String> options = new ArrayList<>();
        if (schema.has("enum")) {
            options.addAll(List.of("NOT_A_VALUE", "open", "0", "OPEN%00", "X".repeat(500), "%C3%28"));
        }
        switch (schema.path("type").asText("string")) {
            case "integer" ->
                options.addAll(List.of(
                        "-1",
                        "0",
                        "abc",
                        "1.5",
                        "99999999999",
                        "2147483648",
                        "-2147483649",
                        "%205",
                        "1e3",
                        "0x10",
                        "%2B5",
                        "1".repeat(1000),
                        "NaN"));
            case "boolean" -> options.addAll(List.of("maybe", "TRUE", "1", "yes", "true%00", "tru"));
            default -> {
                if (schema.path("format").asText("").equals("uuid")) {
                    BAD_UUIDS.forEach(u -> options.add(encode(u)));
                }
            }
        }
        if (options.isEmpty() || random.nextBoolean()) {
            options.addAll(generic(random));
        }
        return pick(options, random);
    }

    /** Bad for any text parameter: huge, control characters, invalid UTF-8, dates out of range, specials. */
    private static List<String> generic(Random random) {
        List<String> options = new ArrayList<>(RAW);
        options.add("x".repeat(pick(List.of(41, 65, 201, 1_000, 3_000, 10_000, 100_000), random)));
        options.add(randomText(pick(List.of(65, 201, 1_000, 3_000), random), random));
        options.add(encode("\uD83D\uDE00".repeat(300)));
        options.add(encode(pick(BadValues.SPECIAL_TEXT, random)));
        options.addAll(List.of(
                encode("+999999999-12-31"),
                encode("294277-01-01T00:00:00Z"),
                encode("-290000-01-01T00:00:00Z"),
                "2026-02-30",
                "9999-12-31",
                "0000-00-00",
                encode("2026-11-27T10:00:00Z"),
                "1".repeat(40)));
        return options;
    }

    /** Letters and digits in no pattern: long values that PostgreSQL cannot compress into an index row. */
    static String randomText(int length, Random random) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

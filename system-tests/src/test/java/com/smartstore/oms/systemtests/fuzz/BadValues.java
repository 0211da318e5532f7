package com.smartstore.oms.systemtests.fuzz;

import java.util.List;

/**
 * The bad values the fuzzer puts into bodies and parameters: text that breaks parsers, databases and logs, numbers
 * and dates at and past every limit, bytes that are not UTF-8.
 */
final class BadValues {
    static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json; charset=ISO-8859-1",
            "application/json; charset=UTF-16",
            "application/octet-stream",
            "application/merge-patch+json",
            "fuzz",
            "application/json; charset=nonsense");

    static final List<String> SPECIAL_TEXT = List.of(
            "' OR '1'='1' --",
            "%00",
            "%s%n",
            "../../../etc/passwd",
            "<script>alert(1)</script>",
            "${jndi:ldap://x/a}",
            "\\",
            "\"",
            "%_%",
            "\u202Eevil",
            "NULL",
            "undefined",
            "0",
            "-1",
            "1e309",
            "\uFEFF",
            "\u00A0",
            "  padded  ",
            "line\nbreak",
            "tab\there");

    static final List<String> ODD_UNICODE = List.of(
            "\uD83D\uDE00",
            "\u202E",
            "\u200B",
            "\uFEFF",
            "\uFFFF",
            "\uFFFE",
            "\uD800",
            "\uDC00",
            "e\u0301",
            "\u0085",
            "\u2028",
            "\uFDD0");

    static final List<String> BAD_ENUMS =
            List.of("NOT_A_VALUE", "", "online", " ONLINE ", "ONLINE,CASH", "0", "null", "X".repeat(300));

    static final List<String> DATES = List.of(
            "+999999999-12-31",
            "-999999999-01-01",
            "9999-12-31",
            "0000-01-01",
            "0001-01-01",
            "2026-02-30",
            "2026-13-01",
            "1970-01-01",
            "not-a-date",
            "2026-11-27T10:00:00",
            "+1000000-01-01T00:00:00Z",
            "-290000-01-01T00:00:00Z",
            "294277-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "0001-01-01T00:00:00Z",
            "2026-11-27T25:61:61Z",
            "2026-11-27T10:00:00+25:00",
            "1e15",
            "2026-11-27",
            "10000-01-01");

    static final List<String> NUMBER_TOKENS = List.of(
            "-1",
            "0",
            "-0",
            "0.001",
            "1e400",
            "-1e400",
            "1e-400",
            "2147483648",
            "-2147483649",
            "9223372036854775808",
            "12345678901234567890.12",
            "9999999999.99",
            "10000000000.00",
            "99999999999999999999999",
            "1.005",
            "1".repeat(500),
            "1".repeat(1_500),
            "0.".concat("0".repeat(2_000)).concat("1"),
            "NaN",
            "Infinity",
            "-Infinity",
            "007",
            "0x10",
            "1E2",
            "+1",
            ".5",
            "1.",
            "--1",
            "\"12.50\"",
            "true",
            "[1]",
            "1_000");

    static final List<byte[]> INVALID_UTF8 = List.of(
            new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0x80});

    private BadValues() {}
}

package com.smartstore.oms.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Compares what a fixture expects with what the service shows: every field the expectation names must be there with
 * the same value (numbers compared as decimals, so 63.5 equals 63.50; null expects null or absent; arrays element by
 * element, of the same length); fields it does not name are not looked at.
 */
final class JsonSubset {

    static void assertContains(JsonNode expected, JsonNode actual, String path) {
        if (expected == null || expected.isNull()) {
            assertThat(actual == null || actual.isNull() || actual.isMissingNode())
                    .as(path + " is null or absent, was " + actual)
                    .isTrue();
            return;
        }
        assertThat(actual != null && !actual.isNull() && !actual.isMissingNode())
                .as(path + " is present (expected " + expected + ")")
                .isTrue();
        if (expected.isObject()) {
            assertThat(actual.isObject())
                    .as(path + " is an object, was " + actual)
                    .isTrue();
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                assertContains(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray())
                    .as(path + " is an array, was " + actual)
                    .isTrue();
            assertThat(actual.size()).as(path + " size (" + actual + ")").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertContains(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else if (expected.isNumber()) {
            assertThat(new BigDecimal(actual.asText())).as(path).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual.asText()).as(path).isEqualTo(expected.asText());
            assertThat(actual.getNodeType()).as(path + " type").isEqualTo(expected.getNodeType());
        }
    }

    private JsonSubset() {}
}

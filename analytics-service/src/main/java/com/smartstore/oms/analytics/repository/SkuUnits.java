package com.smartstore.oms.analytics.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/** The {@code sku_units} column: units per SKU of an order's newest revision, as a JSON object. */
public final class SkuUnits {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static String format(Map<String, Integer> units) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(units));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Integer> parse(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Integer>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sku_units is not a JSON object of units: " + json, e);
        }
    }

    private SkuUnits() {}
}

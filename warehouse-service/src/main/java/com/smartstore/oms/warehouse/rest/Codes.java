package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.kit.rest.ApiException;
import java.util.regex.Pattern;

/** Checks warehouse codes and SKUs taken from the path: they become parts of Kafka keys ({@code warehouse/sku}). */
final class Codes {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    static String require(String field, String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw ApiException.badRequest(
                    "invalid-" + field,
                    "The " + field + " '" + value + "' is not valid: use 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return value;
    }

    private Codes() {}
}

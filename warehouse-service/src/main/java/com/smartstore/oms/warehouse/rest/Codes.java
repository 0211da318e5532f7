package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.warehouse.domain.Stock;

/** Checks warehouse codes and SKUs taken from the path: they become parts of Kafka keys ({@code warehouse/sku}). */
final class Codes {
    static String require(String field, String value) {
        if (value == null || !Stock.CODE.matcher(value).matches()) {
            throw ApiException.badRequest(
                    "invalid-" + field,
                    "The " + field + " '" + value + "' is not valid: use 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return value;
    }

    private Codes() {}
}

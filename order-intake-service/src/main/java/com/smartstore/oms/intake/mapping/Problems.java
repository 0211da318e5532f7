package com.smartstore.oms.intake.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a mapping could not take from a platform's order, field by field: the mapping goes on with the rest, so
 * a clerk gets the order as far as it could be mapped (the draft of a DATA_ERROR case) and every problem at once.
 */
final class Problems {
    private final List<String> found = new ArrayList<>();

    /** The value read, or null with the problem recorded when the field is missing or wrong. */
    <T> T attempt(Supplier<T> read) {
        try {
            return read.get();
        } catch (UnmappableOrder e) {
            found.add(e.getMessage());
            return null;
        }
    }

    void add(String field, String problem) {
        found.add(field + ": " + problem);
    }

    List<String> list() {
        return List.copyOf(found);
    }
}

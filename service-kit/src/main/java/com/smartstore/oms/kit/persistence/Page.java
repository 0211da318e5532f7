package com.smartstore.oms.kit.persistence;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and how many items there are over all pages: the shape every service's paged queries return.
 *
 * @param page zero-based
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }

    /** The same page of something made of each item, e.g. a view of it. */
    public <R> Page<R> map(Function<? super T, ? extends R> each) {
        return new Page<>(items.stream().<R>map(each).toList(), page, size, total);
    }
}

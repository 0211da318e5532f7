package com.smartstore.oms.warehouse.service;

import io.smallrye.mutiny.Uni;
import java.util.function.Function;

/** Runs session work one step after the other: a Hibernate Reactive session allows no parallel operations. */
final class Sequence {

    static <T> Uni<Void> each(Iterable<T> items, Function<T, Uni<Void>> step) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (T item : items) {
            chain = chain.chain(() -> step.apply(item));
        }
        return chain;
    }

    private Sequence() {}
}

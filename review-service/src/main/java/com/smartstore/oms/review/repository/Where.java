package com.smartstore.oms.review.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The where-clause of a filtered list query, built from the filters that are set. */
final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds a clause with its named parameters (name, value, name, value, ...). */
    Where and(String clause, Object... namesAndValues) {
        clauses.add(clause);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** Adds {@code field = :field} when the value is set. */
    Where equal(String field, Object value) {
        return value == null ? this : and(field + " = :" + field, field, value);
    }

    /** One page of what the repository holds that matches, in this order. */
    <E> Uni<List<E>> page(PanacheRepositoryBase<E, ?> repository, Sort sort, int page, int size) {
        return (isEmpty() ? repository.findAll(sort) : repository.find(query(), sort, params))
                .page(Page.of(page, size))
                .list();
    }

    /** How many match over all pages. */
    <E> Uni<Long> count(PanacheRepositoryBase<E, ?> repository) {
        return isEmpty() ? repository.count() : repository.count(query(), params);
    }

    boolean isEmpty() {
        return clauses.isEmpty();
    }

    String query() {
        return String.join(" and ", clauses);
    }

    Map<String, Object> params() {
        return params;
    }
}

package com.smartstore.oms.kit.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The where-clause of a filtered list query, built from the filters that are set: the one way every service turns a
 * list endpoint's optional filters into a Panache query.
 *
 * <pre>{@code
 * new Where().equal("status", filter.status())
 *         .ifSet("receivedAt >= :from", "from", filter.from())
 *         .when(overdueOnly, "dueAt < :now", "now", now)
 *         .page(this, Sort.descending("createdAt"), page, size);
 * }</pre>
 */
public final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds a clause with its named parameters (name, value, name, value, ...). */
    public Where and(String clause, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + clause);
        }
        clauses.add(clause);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** Adds the clause only if the condition holds. */
    public Where when(boolean condition, String clause, Object... namesAndValues) {
        return condition ? and(clause, namesAndValues) : this;
    }

    /** Adds the clause, whose one parameter is {@code name}, when the value is set. */
    public Where ifSet(String clause, String name, Object value) {
        return value == null ? this : and(clause, name, value);
    }

    /** Adds {@code field = :field} when the value is set. */
    public Where equal(String field, Object value) {
        return ifSet(field + " = :" + field, field, value);
    }

    /** Everything that matches, in this order. */
    public <E> Uni<List<E>> list(PanacheRepositoryBase<E, ?> repository, Sort sort) {
        return isEmpty() ? repository.listAll(sort) : repository.list(query(), sort, params);
    }

    /** One page of what the repository holds that matches, in this order. */
    public <E> Uni<List<E>> page(PanacheRepositoryBase<E, ?> repository, Sort sort, int page, int size) {
        return (isEmpty() ? repository.findAll(sort) : repository.find(query(), sort, params))
                .page(io.quarkus.panache.common.Page.of(page, size))
                .list();
    }

    /** How many match over all pages. */
    public <E> Uni<Long> count(PanacheRepositoryBase<E, ?> repository) {
        return isEmpty() ? repository.count() : repository.count(query(), params);
    }

    /** One page and how many match over all pages (two queries, in the caller's session). */
    public <E> Uni<Page<E>> pageWithTotal(PanacheRepositoryBase<E, ?> repository, Sort sort, int page, int size) {
        return page(repository, sort, page, size)
                .chain(items -> count(repository).map(total -> new Page<>(items, page, size, total)));
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** The clauses joined by {@code and}, empty if there are none. */
    public String query() {
        return String.join(" and ", clauses);
    }

    /** {@code " where <clauses>"} to append to a query of one's own (e.g. with a fetch join), or empty. */
    public String whereClause() {
        return isEmpty() ? "" : " where " + query();
    }

    public Map<String, Object> params() {
        return params;
    }
}

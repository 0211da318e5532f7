package com.smartstore.oms.analytics.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What replacing a subject's recorded facts with its current ones does to the daily figures: the facts to take out
 * and the facts to add, a fact that did not change appearing in neither. Sorted by daily-figure row, so concurrent
 * transactions lock the rows in one order and cannot deadlock.
 */
public record FactChanges(List<Fact> removed, List<Fact> added) {

    public static FactChanges between(List<Fact> recorded, List<Fact> current) {
        Map<String, Fact> before = OrderFacts.byKey(recorded);
        Map<String, Fact> after = OrderFacts.byKey(current);
        List<Fact> removed = new ArrayList<>();
        List<Fact> added = new ArrayList<>();
        before.forEach((key, fact) -> {
            if (!fact.equals(after.get(key))) {
                removed.add(fact);
            }
        });
        after.forEach((key, fact) -> {
            if (!fact.equals(before.get(key))) {
                added.add(fact);
            }
        });
        removed.sort(Comparator.comparing(Fact::row));
        added.sort(Comparator.comparing(Fact::row));
        return new FactChanges(List.copyOf(removed), List.copyOf(added));
    }

    public boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty();
    }
}

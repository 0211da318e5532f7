package com.smartstore.oms.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What analytics knows of one exception (a detection and its case share the id): its type, its first event, its
 * first resolution and who resolved it, its closure and the customer's satisfaction then.
 */
public record ExceptionState(
        String type, Instant firstAt, Instant resolvedAt, String resolvedBy, Instant closedAt, Integer satisfaction) {

    /**
     * Counted on the day of its first event; its resolution time (first event to first resolution) on the day it was
     * resolved; the satisfaction on the day it was closed, for its type and for who resolved it.
     */
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        String t = type == null ? Metrics.UNKNOWN : type;
        facts.add(new Fact(Metrics.EXCEPTION, Metrics.ALL, Metrics.ALL, OrderFacts.day(firstAt), 0));
        facts.add(new Fact(Metrics.EXCEPTION, Metrics.TYPE, t, OrderFacts.day(firstAt), 0));
        if (resolvedAt != null) {
            long millis = Duration.between(firstAt, resolvedAt).toMillis();
            facts.add(new Fact(
                    Metrics.EXCEPTION_RESOLUTION, Metrics.ALL, Metrics.ALL, OrderFacts.day(resolvedAt), millis));
            facts.add(new Fact(Metrics.EXCEPTION_RESOLUTION, Metrics.TYPE, t, OrderFacts.day(resolvedAt), millis));
        }
        if (closedAt != null && satisfaction != null) {
            facts.add(new Fact(
                    Metrics.CASE_SATISFACTION, Metrics.ALL, Metrics.ALL, OrderFacts.day(closedAt), satisfaction));
            facts.add(new Fact(Metrics.CASE_SATISFACTION, Metrics.TYPE, t, OrderFacts.day(closedAt), satisfaction));
            if (resolvedBy != null) {
                facts.add(new Fact(
                        Metrics.STAFF_CASE_SATISFACTION,
                        Metrics.USER,
                        resolvedBy,
                        OrderFacts.day(closedAt),
                        satisfaction));
            }
        }
        return facts;
    }
}

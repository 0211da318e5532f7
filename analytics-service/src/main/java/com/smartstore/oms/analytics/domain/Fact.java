package com.smartstore.oms.analytics.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a subject (an order, an exception, an SLA breach...) adds to the daily figures: one to {@code metric}'s
 * count on {@code day} for the dimension {@code dimKind = dim}, and {@code value} to its total (milliseconds for a
 * duration, cents for an amount, units for a quantity). Duration metrics also put the value in the day's sketch.
 */
public record Fact(String metric, String dimKind, String dim, LocalDate day, long value) {
    public Fact {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(dimKind, "dimKind");
        Objects.requireNonNull(dim, "dim");
        Objects.requireNonNull(day, "day");
    }

    /** What the fact is about inside its subject; a subject has at most one fact per key. */
    public String key() {
        return metric + "|" + dimKind + "|" + dim;
    }

    /** The daily-figure row this fact counts in. */
    public String row() {
        return day + "|" + metric + "|" + dimKind + "|" + dim;
    }
}

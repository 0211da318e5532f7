package com.smartstore.oms.review.domain;

import java.util.List;

/** The results of every automatic rule for one order revision. */
public record Evaluation(List<RuleResult> results) {
    public Evaluation {
        results = List.copyOf(results);
    }

    /** All rules passed: the order moves on without a human step (R-R2). */
    public boolean passed() {
        return results.stream().allMatch(RuleResult::passed);
    }

    public List<RuleResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }
}

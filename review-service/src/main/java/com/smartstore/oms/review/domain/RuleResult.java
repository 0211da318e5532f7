package com.smartstore.oms.review.domain;

import static java.util.Objects.requireNonNull;

/** What one rule said about one order revision, in a sentence a reviewer understands. */
public record RuleResult(String rule, boolean passed, String explanation) {
    public RuleResult {
        requireNonNull(rule, "rule");
        requireNonNull(explanation, "explanation");
    }

    public static RuleResult pass(String rule, String explanation) {
        return new RuleResult(rule, true, explanation);
    }

    public static RuleResult fail(String rule, String explanation) {
        return new RuleResult(rule, false, explanation);
    }
}

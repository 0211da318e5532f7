package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.util.List;

/** Runs every automatic rule (R-R1) on an order revision. */
public final class AutomaticReview {
    private final List<ReviewRule> rules;

    public AutomaticReview(List<ReviewRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<ReviewRule> rules() {
        return rules;
    }

    /**
     * A rule that throws counts as failed: the order then waits for a person instead of blocking the
     * partition or slipping through unchecked.
     */
    public Evaluation evaluate(OrderReceived order, ReviewFacts facts) {
        return evaluate(order, facts, rules);
    }

    /**
     * Only the rules that read contact details or the shipping address, for a change of those after approval
     * (R-I10): the others judged lines, prices and payment that did not change.
     */
    public Evaluation evaluateContactAndAddress(OrderReceived order, ReviewFacts facts) {
        return evaluate(
                order,
                facts,
                rules.stream().filter(ReviewRule::readsContactOrAddress).toList());
    }

    private static Evaluation evaluate(OrderReceived order, ReviewFacts facts, List<ReviewRule> rules) {
        return new Evaluation(rules.stream()
                .map(rule -> {
                    try {
                        return rule.evaluate(order, facts);
                    } catch (RuntimeException e) {
                        return RuleResult.fail(rule.name(), "The rule could not be evaluated: " + e.getMessage());
                    }
                })
                .toList());
    }
}

package com.smartstore.oms.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/**
 * A stored rule result of a review: which rule, whether it passed, and why. Ids come from the table's sequence 50 at
 * a time (V12), so a review's dozen results are inserted in one batch, not one round trip each (issue 14).
 */
@Entity
@Table(name = "review_rule_result")
public class ReviewRuleResult {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_rule_result_ids")
    @SequenceGenerator(name = "review_rule_result_ids", sequenceName = "review_rule_result_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "review_id")
    public UUID reviewId;

    public int position;
    public String rule;
    public boolean passed;
    public String explanation;

    static ReviewRuleResult of(UUID reviewId, int position, RuleResult result) {
        ReviewRuleResult row = new ReviewRuleResult();
        row.reviewId = reviewId;
        row.position = position;
        row.rule = result.rule();
        row.passed = result.passed();
        row.explanation = result.explanation();
        return row;
    }

    /** Stored results of a review updated in place to a new evaluation of the same rules, matched by rule name. */
    static void refresh(List<ReviewRuleResult> stored, Evaluation evaluation) {
        for (RuleResult result : evaluation.results()) {
            stored.stream().filter(r -> r.rule.equals(result.rule())).forEach(r -> {
                r.passed = result.passed();
                r.explanation = result.explanation();
            });
        }
    }
}

package com.smartstore.oms.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A stored rule result of a review: which rule, whether it passed, and why. */
@Entity
@Table(name = "review_rule_result")
public class ReviewRuleResult {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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
}

package com.smartstore.oms.review.rest;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.domain.ReviewStatus;
import com.smartstore.oms.review.service.ReviewDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A review as the queue lists it: the order, its status, the rules that failed, owner and deadline. */
public record ReviewSummary(
        UUID id,
        UUID orderId,
        String orderNumber,
        int revision,
        ReviewStatus status,
        String customerName,
        BigDecimal totalAmount,
        String currency,
        List<FailedRule> failedRules,
        Instant createdAt,
        SalesChannel channel,
        String assignee,
        Instant dueAt,
        boolean overdue,
        Instant escalatedAt) {

    public record FailedRule(String rule, String explanation) {}

    /** The review as it stands at {@code now} (whether it is overdue). */
    public static ReviewSummary of(ReviewDetails details, Instant now) {
        Review r = details.review();
        return new ReviewSummary(
                r.id,
                r.orderId,
                r.orderNumber,
                r.revision,
                r.status,
                r.customerName,
                r.totalAmount,
                r.currency,
                details.results().stream()
                        .filter(result -> !result.passed)
                        .map(result -> new FailedRule(result.rule, result.explanation))
                        .toList(),
                r.createdAt,
                r.channel,
                r.assignee,
                r.dueAt,
                r.isOverdue(now),
                r.escalatedAt);
    }
}

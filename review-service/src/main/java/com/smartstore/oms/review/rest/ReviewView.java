package com.smartstore.oms.review.rest;

import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.domain.ReviewStatus;
import com.smartstore.oms.review.service.ReviewDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One review with what was reviewed ({@code amendmentId}: the amendment a re-review follows), every rule
 * result, the queue state (owner, deadline, notes, escalation), a trainee's prepared decision if any, and
 * the decision.
 */
public record ReviewView(
        UUID id,
        UUID orderId,
        String orderNumber,
        int revision,
        UUID amendmentId,
        ReviewStatus status,
        String customerName,
        BigDecimal totalAmount,
        String currency,
        Payment payment,
        LocalDate requestedShipDate,
        Instant orderReceivedAt,
        List<Line> lines,
        List<Rule> rules,
        Instant createdAt,
        String decidedBy,
        Instant decidedAt,
        String reasonCode,
        String reason,
        SalesChannel channel,
        String assignee,
        Instant claimedAt,
        Instant dueAt,
        boolean overdue,
        Instant escalatedAt,
        Prepared prepared,
        List<NoteView> notes) {

    /** A trainee's decision waiting for confirmation (R-T1). */
    public record Prepared(Review.PreparedDecision decision, String by, Instant at, String reasonCode, String reason) {}

    public record Payment(PaymentMethod method, BigDecimal amount, Instant paidAt) {}

    public record Line(int lineNo, String sku, String productName, int quantity, BigDecimal unitPrice) {}

    public record Rule(String rule, boolean passed, String explanation) {}

    /** The review as it stands at {@code now} (whether it is overdue). */
    public static ReviewView of(ReviewDetails details, Instant now) {
        Review r = details.review();
        return new ReviewView(
                r.id,
                r.orderId,
                r.orderNumber,
                r.revision,
                r.amendmentId,
                r.status,
                r.customerName,
                r.totalAmount,
                r.currency,
                new Payment(r.paymentMethod, r.paymentAmount, r.paidAt),
                r.requestedShipDate,
                r.orderReceivedAt,
                details.lines().stream()
                        .map(l -> new Line(l.lineNo, l.sku, l.productName, l.quantity, l.unitPrice))
                        .toList(),
                details.results().stream()
                        .map(result -> new Rule(result.rule, result.passed, result.explanation))
                        .toList(),
                r.createdAt,
                r.decidedBy,
                r.decidedAt,
                r.reasonCode,
                r.reason,
                r.channel,
                r.assignee,
                r.claimedAt,
                r.dueAt,
                r.isOverdue(now),
                r.escalatedAt,
                r.preparedDecision == null
                        ? null
                        : new Prepared(
                                r.preparedDecision, r.preparedBy, r.preparedAt, r.preparedReasonCode, r.preparedReason),
                details.notes().stream().map(NoteView::of).toList());
    }
}

package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.OmsEvent;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.contracts.events.PaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The review of one order revision: the automatic verdict and, when a rule failed, the reviewer's
 * decision. Each transition returns the event it raises, so the rules of the life cycle are tested
 * without Quarkus.
 */
@Entity
public class Review {
    /** Who approves when every rule passed. */
    public static final String AUTOMATIC = "auto";

    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "order_number")
    public String orderNumber;

    public int revision;

    @Enumerated(EnumType.STRING)
    public ReviewStatus status;

    @Column(name = "customer_name")
    public String customerName;

    @Column(name = "total_amount")
    public BigDecimal totalAmount;

    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method")
    public PaymentMethod paymentMethod;

    @Column(name = "payment_amount")
    public BigDecimal paymentAmount;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "requested_ship_date")
    public LocalDate requestedShipDate;

    @Column(name = "order_received_at")
    public Instant orderReceivedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "reason_code")
    public String reasonCode;

    public String reason;

    @Version
    public int version;

    /** A new review with its lines, rule results and the event it raises: approved or held. */
    public record Started(Review review, List<ReviewLine> lines, List<ReviewRuleResult> results, OmsEvent event) {}

    /** Records the automatic verdict on an order revision: approved when every rule passed, else queued. */
    public static Started start(OrderReceived order, Evaluation evaluation, Instant now) {
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.orderId = order.orderId();
        review.orderNumber = order.orderNumber();
        review.revision = order.revision();
        review.customerName = order.customer().name();
        review.totalAmount = order.totalAmount();
        review.currency = order.currency();
        review.paymentMethod = order.payment().method();
        review.paymentAmount = order.payment().amount();
        review.paidAt = order.payment().paidAt();
        review.requestedShipDate =
                order.remarks() == null ? null : order.remarks().requestedShipDate();
        review.orderReceivedAt = order.receivedAt();
        review.createdAt = now;
        List<ReviewLine> lines =
                order.lines().stream().map(l -> ReviewLine.of(review.id, l)).toList();
        List<RuleResult> results = evaluation.results();
        List<ReviewRuleResult> rows = IntStream.range(0, results.size())
                .mapToObj(i -> ReviewRuleResult.of(review.id, i + 1, results.get(i)))
                .toList();
        OmsEvent event;
        if (evaluation.passed()) {
            review.status = ReviewStatus.AUTO_APPROVED;
            review.decidedBy = AUTOMATIC;
            review.decidedAt = now;
            event = review.approvedEvent(true, AUTOMATIC, now, lines);
        } else {
            review.status = ReviewStatus.PENDING;
            event = new OrderHeld(
                    review.orderId,
                    review.orderNumber,
                    review.revision,
                    review.id,
                    evaluation.failures().stream()
                            .map(f -> new OrderHeld.RuleFailure(f.rule(), f.explanation()))
                            .toList(),
                    now);
        }
        return new Started(review, lines, rows, event);
    }

    /** A reviewer lets a held order revision go on to the warehouse. */
    public OrderApproved approve(String reviewer, Instant at, List<ReviewLine> lines) {
        decide(ReviewStatus.APPROVED, reviewer, at);
        return approvedEvent(false, reviewer, at, lines);
    }

    /** A reviewer turns a held order revision down; the reason goes back to the entry clerk (R-R5). */
    public OrderRejected reject(String reviewer, String reasonCode, String reason, Instant at) {
        decide(ReviewStatus.REJECTED, reviewer, at);
        this.reasonCode = reasonCode;
        this.reason = reason;
        return new OrderRejected(orderId, orderNumber, revision, id, reasonCode, reason, reviewer, at);
    }

    /** A newer revision of the order replaces this one in the queue: nobody should decide on stale data. */
    public void supersede(int newerRevision, Instant at) {
        decide(ReviewStatus.SUPERSEDED, AUTOMATIC, at);
        this.reason = "replaced by revision " + newerRevision;
    }

    public boolean isPending() {
        return status == ReviewStatus.PENDING;
    }

    private void decide(ReviewStatus outcome, String by, Instant at) {
        if (!isPending()) {
            String when = decidedAt == null ? "" : " by " + decidedBy + " at " + decidedAt;
            throw new ReviewNotPendingException("Review " + id + " of order " + orderNumber + " is " + status
                    + " already" + when + "; only PENDING reviews can be approved or rejected");
        }
        status = outcome;
        decidedBy = by;
        decidedAt = at;
    }

    private OrderApproved approvedEvent(boolean automatic, String by, Instant at, List<ReviewLine> lines) {
        return new OrderApproved(
                orderId,
                orderNumber,
                revision,
                id,
                automatic,
                by,
                lines.stream().map(l -> new LineQuantity(l.sku, l.quantity)).toList(),
                requestedShipDate,
                at);
    }
}

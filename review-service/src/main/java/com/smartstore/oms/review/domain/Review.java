package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.OmsEvent;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
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

    /** Where the order came from; null on reviews stored before the channel was kept. */
    @Enumerated(EnumType.STRING)
    public SalesChannel channel;

    /** When a held review should be decided by (R-R4); null for reviews that were never held. */
    @Column(name = "due_at")
    public Instant dueAt;

    /** The reviewer who claimed the held review: its one owner (R-R3). */
    public String assignee;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    /** A trainee's decision waiting for a second reviewer's confirmation (R-T1). */
    @Enumerated(EnumType.STRING)
    @Column(name = "prepared_decision")
    public PreparedDecision preparedDecision;

    @Column(name = "prepared_by")
    public String preparedBy;

    @Column(name = "prepared_at")
    public Instant preparedAt;

    @Column(name = "prepared_reason_code")
    public String preparedReasonCode;

    @Column(name = "prepared_reason")
    public String preparedReason;

    /** The customer's stable pseudonym: which orders are the same customer's (suspected-duplicate). */
    @Column(name = "customer_pseudonym")
    public String customerPseudonym;

    /** The order's items, SKU x quantity sorted, to compare orders (suspected-duplicate). */
    @Column(name = "items_key")
    public String itemsKey;

    /** The amendment this review re-reviews; null for the review of a received revision. */
    @Column(name = "amendment_id")
    public UUID amendmentId;

    /** The failed payment this review holds the approved order for; null for other reviews. */
    @Column(name = "payment_id")
    public UUID paymentId;

    /** The order as reviewed, encrypted JSON (it holds contact and address): what amendments apply to. */
    @Column(name = "order_snapshot")
    public String orderSnapshot;

    /** When the review was escalated for passing its deadline undecided (R-R4); null if it never was. */
    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Version
    public int version;

    /** A new review with its lines, rule results and the event it raises (null: nothing to publish). */
    public record Started(Review review, List<ReviewLine> lines, List<ReviewRuleResult> results, OmsEvent event) {}

    /** What a trainee prepared: approve or reject, final only once another reviewer confirms it. */
    public enum PreparedDecision {
        APPROVE,
        REJECT
    }

    /**
     * Records the automatic verdict on an order revision: approved when every rule passed, else queued
     * with a deadline {@code manualReviewTime} from now (R-R4).
     */
    public static Started start(OrderReceived order, Evaluation evaluation, Instant now, Duration manualReviewTime) {
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
        review.channel = order.channel();
        review.customerPseudonym = order.customer().pseudonym();
        review.itemsKey = SuspectedDuplicateRule.itemsKey(order.lines());
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
            review.dueAt = now.plus(manualReviewTime);
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

    /**
     * Reviews an order again after an amendment changed its lines. Before any approval it is an ordinary
     * review (approved or held). After an approval, passing rules leave the approval standing and publish
     * nothing (the warehouse follows {@code order-amended} itself); a failing rule puts the order back in
     * the queue with reason code {@code amended} and an {@code order-held}.
     */
    public static Started amended(
            OrderReceived order,
            Evaluation evaluation,
            Instant now,
            Duration manualReviewTime,
            UUID amendmentId,
            boolean approvedBefore) {
        Started started = start(order, evaluation, now, manualReviewTime);
        Review review = started.review();
        review.amendmentId = amendmentId;
        if (!approvedBefore) {
            return started;
        }
        review.reasonCode = "amended";
        if (evaluation.passed()) {
            review.reason = "amendment " + amendmentId + " re-reviewed: every rule passes, the approval stands";
            return new Started(review, started.lines(), started.results(), null);
        }
        review.reason = "amendment " + amendmentId + " after approval: a rule fails now";
        return started;
    }

    /**
     * Payments recorded after the order was held changed what the rules say ({@code evaluation}, re-run with them):
     * an order that waits only for its payment ({@code payment-complete} was its one failed rule) is approved
     * automatically once every rule passes (issue 17 case 4). Returns the approval, or null when the review stays
     * in the queue; either way its stored results become the new ones.
     */
    public OrderApproved paymentRecorded(
            Evaluation evaluation, List<ReviewRuleResult> stored, Instant at, List<ReviewLine> lines) {
        boolean awaitingPaymentOnly = stored.stream()
                .filter(r -> !r.passed)
                .map(r -> r.rule)
                .toList()
                .equals(List.of(PaymentCompleteRule.NAME));
        ReviewRuleResult.refresh(stored, evaluation);
        if (status != ReviewStatus.PENDING || paymentId != null || !awaitingPaymentOnly || !evaluation.passed()) {
            return null;
        }
        status = ReviewStatus.AUTO_APPROVED;
        decidedBy = AUTOMATIC;
        decidedAt = at;
        reasonCode = "payment-captured";
        reason = "the payment was captured after the order was held for it; every rule passes";
        return approvedEvent(true, AUTOMATIC, at, lines);
    }

    /**
     * A payment of an approved order failed before it shipped (issue 17 case 1): the order goes back to the
     * manual queue with rule {@code payment-failed}, and the {@code order-held} stops warehouse and shipping
     * until a reviewer decides.
     *
     * @param failure what the provider said, for the reviewer
     */
    public Started heldForFailedPayment(
            List<ReviewLine> approvedLines,
            UUID failedPayment,
            String failure,
            Instant now,
            Duration manualReviewTime) {
        if (!isApproved()) {
            throw new IllegalStateException("review " + id + " is " + status + ", not approved");
        }
        Review held = new Review();
        held.id = UUID.randomUUID();
        held.orderId = orderId;
        held.orderNumber = orderNumber;
        held.revision = revision;
        held.customerName = customerName;
        held.totalAmount = totalAmount;
        held.currency = currency;
        held.paymentMethod = paymentMethod;
        held.paymentAmount = paymentAmount;
        held.paidAt = paidAt;
        held.requestedShipDate = requestedShipDate;
        held.orderReceivedAt = orderReceivedAt;
        held.createdAt = now;
        held.channel = channel;
        held.customerPseudonym = customerPseudonym;
        held.itemsKey = itemsKey;
        held.orderSnapshot = orderSnapshot;
        held.paymentId = failedPayment;
        held.status = ReviewStatus.PENDING;
        held.dueAt = now.plus(manualReviewTime);
        held.reasonCode = "payment-failed";
        held.reason = "a payment failed after the order was approved";
        List<ReviewLine> lines =
                approvedLines.stream().map(l -> ReviewLine.copy(held.id, l)).toList();
        RuleResult result = RuleResult.fail("payment-failed", failure);
        return new Started(
                held,
                lines,
                List.of(ReviewRuleResult.of(held.id, 1, result)),
                new OrderHeld(
                        orderId,
                        orderNumber,
                        revision,
                        held.id,
                        List.of(new OrderHeld.RuleFailure(result.rule(), result.explanation())),
                        now));
    }

    /**
     * A reviewer lets a held order revision go on to the warehouse. A full reviewer may also decide a
     * review a trainee prepared: the decision is then theirs, which keeps four eyes on it.
     */
    public OrderApproved approve(String reviewer, Instant at, List<ReviewLine> lines) {
        takeClaim(reviewer, at);
        return approveAs(reviewer, at, lines);
    }

    private OrderApproved approveAs(String reviewer, Instant at, List<ReviewLine> lines) {
        decide(ReviewStatus.APPROVED, reviewer, at);
        return approvedEvent(false, reviewer, at, lines);
    }

    /** A reviewer turns a held order revision down; the reason goes back to the entry clerk (R-R5). */
    public OrderRejected reject(String reviewer, String reasonCode, String reason, Instant at) {
        takeClaim(reviewer, at);
        return rejectAs(reviewer, reasonCode, reason, at);
    }

    private OrderRejected rejectAs(String reviewer, String reasonCode, String reason, Instant at) {
        decide(ReviewStatus.REJECTED, reviewer, at);
        this.reasonCode = reasonCode;
        this.reason = reason;
        return new OrderRejected(orderId, orderNumber, revision, id, reasonCode, reason, reviewer, at);
    }

    /** Makes the reviewer the one owner of a held review; claiming one's own item again changes nothing. */
    public void claim(String reviewer, Instant at) {
        if (status != ReviewStatus.PENDING) {
            throw Refusal.conflict(
                    "review-not-pending",
                    "Review " + id + " of order " + orderNumber + " is " + status
                            + "; only PENDING reviews can be claimed");
        }
        if (assignee != null && !assignee.equals(reviewer)) {
            throw Refusal.conflict(
                    "claimed-by-another",
                    "Review " + id + " of order " + orderNumber + " is claimed by " + assignee + " since " + claimedAt
                            + "; ask them to hand it over or a manager to release it");
        }
        if (assignee == null) {
            assignee = reviewer;
            claimedAt = at;
        }
    }

    /**
     * A held review is decided by the reviewer who claimed it (R-R3; issue 17 case 7): deciding an unclaimed one
     * claims it, someone else's claim is a conflict until they or a manager release it. A decision a trainee
     * prepared is exempt: it waits for a second reviewer, who must not be the claimant (R-T1).
     */
    private void takeClaim(String reviewer, Instant at) {
        if (status == ReviewStatus.PENDING) {
            claim(reviewer, at);
        }
    }

    /**
     * Gives up the claim on a held review so that another reviewer can take it over: the claimant hands it over,
     * or a manager releases it (e.g. the claimant is away). Releasing an unclaimed review changes nothing.
     */
    public void release(String by, boolean manager) {
        if (!isOpen()) {
            throw Refusal.conflict(
                    "review-not-pending",
                    "Review " + id + " of order " + orderNumber + " is " + status
                            + "; only open reviews have a claim to release");
        }
        if (assignee == null) {
            return;
        }
        if (!manager && !assignee.equals(by)) {
            throw Refusal.conflict(
                    "claimed-by-another",
                    "Review " + id + " of order " + orderNumber + " is claimed by " + assignee
                            + "; only they or a manager can release it");
        }
        assignee = null;
        claimedAt = null;
    }

    /** Still waiting for a person and past its deadline (R-R4). */
    public boolean isOverdue(Instant now) {
        return isOpen() && dueAt != null && now.isAfter(dueAt);
    }

    /**
     * Escalates an overdue open review once (R-R4): marks it and returns the {@code sla-breached} event
     * naming its owner, or null when it is not overdue or was escalated already.
     */
    public SlaBreached escalate(String service, Instant now) {
        if (!isOverdue(now) || escalatedAt != null) {
            return null;
        }
        escalatedAt = now;
        return new SlaBreached(
                SlaKind.MANUAL_REVIEW, id.toString(), orderId, orderNumber, service, assignee, dueAt, now);
    }

    /** A trainee's approval: prepared only, nothing is published until another reviewer confirms (R-T1). */
    public void prepareApproval(String trainee, Instant at) {
        prepare(PreparedDecision.APPROVE, trainee, null, null, at);
    }

    /** A trainee's rejection: prepared only, nothing is published until another reviewer confirms (R-T1). */
    public void prepareRejection(String trainee, String reasonCode, String reason, Instant at) {
        prepare(PreparedDecision.REJECT, trainee, reasonCode, reason, at);
    }

    /**
     * A second reviewer, who must not be the one who prepared it, makes a trainee's decision final and
     * raises its event as if they had decided it; the caller checks they are not a trainee themselves.
     */
    public OmsEvent confirm(String reviewer, Instant at, List<ReviewLine> lines) {
        if (status != ReviewStatus.AWAITING_CONFIRMATION) {
            throw Refusal.conflict(
                    "review-not-awaiting-confirmation",
                    "Review " + id + " of order " + orderNumber + " is " + status
                            + "; only a decision a trainee prepared (AWAITING_CONFIRMATION) can be confirmed");
        }
        if (reviewer.equals(preparedBy)) {
            throw Refusal.conflict(
                    "same-person",
                    "Review " + id + " was prepared by " + reviewer + "; a different reviewer must confirm it");
        }
        return preparedDecision == PreparedDecision.APPROVE
                ? approveAs(reviewer, at, lines)
                : rejectAs(reviewer, preparedReasonCode, preparedReason, at);
    }

    private void prepare(PreparedDecision decision, String trainee, String reasonCode, String reason, Instant at) {
        if (status != ReviewStatus.PENDING) {
            throw Refusal.conflict(
                    "review-not-pending",
                    "Review " + id + " of order " + orderNumber + " is " + status
                            + "; only PENDING reviews can be decided");
        }
        takeClaim(trainee, at);
        status = ReviewStatus.AWAITING_CONFIRMATION;
        preparedDecision = decision;
        preparedBy = trainee;
        preparedAt = at;
        preparedReasonCode = reasonCode;
        preparedReason = reason;
    }

    /** A newer revision of the order replaces this one in the queue: nobody should decide on stale data. */
    public void supersede(int newerRevision, Instant at) {
        supersede("replaced by revision " + newerRevision, at);
    }

    /** A newer review replaces this one in the queue, e.g. after an amendment; {@code why} says which. */
    public void supersede(String why, Instant at) {
        decide(ReviewStatus.SUPERSEDED, AUTOMATIC, at);
        this.reason = why;
    }

    /** Approved by a reviewer or automatically: the order went on to the warehouse. */
    public boolean isApproved() {
        return status == ReviewStatus.APPROVED || status == ReviewStatus.AUTO_APPROVED;
    }

    /**
     * The order was cancelled while this review waited for a person (R-I11): it leaves the queue, and
     * nothing is published, as everyone hears of the cancellation from intake.
     */
    public void cancel(String by, String why, Instant at) {
        if (!isOpen()) {
            return;
        }
        status = ReviewStatus.CANCELLED;
        decidedBy = by;
        decidedAt = at;
        reason = "order cancelled: " + why;
    }

    public boolean isPending() {
        return status == ReviewStatus.PENDING;
    }

    /** Waiting for a person: in the queue, or a trainee's decision waiting for confirmation. */
    public boolean isOpen() {
        return status == ReviewStatus.PENDING || status == ReviewStatus.AWAITING_CONFIRMATION;
    }

    private void decide(ReviewStatus outcome, String by, Instant at) {
        if (!isOpen()) {
            String when = decidedAt == null ? "" : " by " + decidedBy + " at " + decidedAt;
            throw Refusal.conflict(
                    "review-not-pending",
                    "Review " + id + " of order " + orderNumber + " is " + status + " already" + when
                            + "; only PENDING reviews can be approved or rejected");
        }
        if (status == ReviewStatus.AWAITING_CONFIRMATION && by.equals(preparedBy)) {
            throw Refusal.conflict(
                    "same-person",
                    "Review " + id + " was prepared by " + by + "; a different reviewer must decide or confirm it");
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

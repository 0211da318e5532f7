package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.events.PaymentRecorded;
import com.smartstore.oms.contracts.events.PaymentResult;
import com.smartstore.oms.review.config.SlaConfig;
import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.repository.PaymentRepository;
import com.smartstore.oms.review.repository.ReviewRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Payments recorded from trusted sources (R-I6, R-E6; issue 17 case 4): they decide the payment rule. A capture
 * approves an order held only for its payment; a failure after approval holds the order before it is picked.
 */
@ApplicationScoped
public class PaymentService {
    private static final Logger LOG = Logger.getLogger(PaymentService.class);

    private final PaymentRepository payments;
    private final ReviewRepository reviews;
    private final AutomaticReviewService review;
    private final SlaConfig sla;
    private final Clock clock;

    public PaymentService(
            PaymentRepository payments,
            ReviewRepository reviews,
            AutomaticReviewService review,
            SlaConfig sla,
            Clock clock) {
        this.payments = payments;
        this.reviews = reviews;
        this.review = review;
        this.sla = sla;
        this.clock = clock;
    }

    /**
     * Keeps the payment (newest {@code recordedAt} wins) and acts on the order's newest review; a payment older
     * than the one kept changes nothing. Runs inside the inbox's transaction, for an order review has received.
     */
    public Uni<Void> recorded(PaymentRecorded payment) {
        return payments.record(payment).chain(kept -> {
            if (kept == 0) {
                LOG.infof(
                        "payment %s of order %s ignored: a newer payment is recorded",
                        payment.paymentId(), payment.orderNumber());
                return Uni.createFrom().voidItem();
            }
            return reviews.latestOf(payment.orderId()).chain(latest -> act(latest, payment));
        });
    }

    /** Keeps the payment (newest wins) without acting on it: for payments parked until the order's review. */
    public Uni<Integer> record(PaymentRecorded payment) {
        return payments.record(payment);
    }

    private Uni<Void> act(Review latest, PaymentRecorded payment) {
        if (latest == null) {
            return Uni.createFrom().voidItem();
        }
        if (payment.result() == PaymentResult.FAILED && latest.isApproved()) {
            return reviews.lines(latest.id)
                    .chain(lines -> review.persist(latest.heldForFailedPayment(
                            lines,
                            payment.paymentId(),
                            explanation(payment),
                            clock.instant(),
                            sla.manualReviewTime())));
        }
        if (latest.isPending() && latest.paymentId == null) {
            return review.reviewPayment(latest);
        }
        return Uni.createFrom().voidItem();
    }

    private static String explanation(PaymentRecorded failed) {
        return "A payment of " + failed.amount().toPlainString() + " " + failed.currency() + " ("
                + failed.method() + ", " + failed.source() + (failed.provider() == null ? "" : " " + failed.provider())
                + ") failed after the order was approved: "
                + (failed.failureReason() == null ? "no reason given" : failed.failureReason())
                + "; captured so far " + failed.capturedTotal().toPlainString() + " " + failed.currency()
                + ". Contact the customer; approve once paid, or reject";
    }
}

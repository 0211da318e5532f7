package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.review.domain.OrderAmendments;
import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.domain.ReviewStatus;
import com.smartstore.oms.review.repository.InFlightRepository;
import com.smartstore.oms.review.repository.ReviewRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Follows what happens to an order after it was received: an amendment is reviewed again (lines: every rule;
 * address or contact after approval: the rules that read them), a cancellation closes its open review.
 */
@ApplicationScoped
public class OrderChangeService {
    private static final String LINES = "lines";

    private static final Logger LOG = Logger.getLogger(OrderChangeService.class);

    private final ReviewRepository reviews;
    private final InFlightRepository inFlight;
    private final OrderSnapshots snapshots;
    private final AutomaticReviewService review;

    public OrderChangeService(
            ReviewRepository reviews,
            InFlightRepository inFlight,
            OrderSnapshots snapshots,
            AutomaticReviewService review) {
        this.reviews = reviews;
        this.inFlight = inFlight;
        this.snapshots = snapshots;
        this.review = review;
    }

    /**
     * Applies an amendment to the order as last reviewed, and the rules run again: all of them when lines changed
     * or the review is still open ({@link AutomaticReviewService#reviewAmendment}); after an approval, an address
     * or contact change re-runs the rules that read them ({@link AutomaticReviewService#reviewContactChange}).
     * Amendments of an older revision, of a rejected or cancelled order, or seen before change nothing. Runs
     * inside the inbox's transaction, for an order review has received.
     */
    public Uni<Void> amended(OrderAmended amendment) {
        return reviews.latestOf(amendment.orderId()).chain(latest -> {
            String skip = skipReason(latest, amendment);
            if (skip != null) {
                LOG.infof(
                        "amendment %s of order %s not reviewed: %s",
                        amendment.amendmentId(), amendment.orderNumber(), skip);
                return Uni.createFrom().voidItem();
            }
            OrderReceived order = OrderAmendments.apply(snapshots.open(latest.orderSnapshot), amendment);
            boolean contactOnly = !amendment.changed().contains(LINES);
            if (contactOnly && !latest.isOpen() && !latest.isApproved()) {
                // Superseded: the review that replaced it is the one to amend; nothing to decide here.
                latest.orderSnapshot = snapshots.seal(order);
                return Uni.createFrom().voidItem();
            }
            return reviews.count("amendmentId", amendment.amendmentId()).chain(seen -> {
                if (seen > 0) {
                    return Uni.createFrom().voidItem();
                }
                return contactOnly && latest.isApproved()
                        ? review.reviewContactChange(latest, order, amendment.amendmentId())
                        : review.reviewAmendment(latest, order, amendment.amendmentId());
            });
        });
    }

    private static String skipReason(Review latest, OrderAmended amendment) {
        if (latest == null) {
            return "the order was never reviewed";
        }
        if (amendment.revision() < latest.revision) {
            return "it amends revision " + amendment.revision() + ", revision " + latest.revision + " is newer";
        }
        if (latest.status == ReviewStatus.REJECTED || latest.status == ReviewStatus.CANCELLED) {
            return "the order is " + latest.status;
        }
        if (latest.orderSnapshot == null) {
            return "no snapshot of the order was kept";
        }
        return null;
    }

    /**
     * Takes the order's open review out of the queue (CANCELLED) and forgets its approved units in flight;
     * runs inside the inbox's transaction.
     */
    public Uni<Void> cancelled(OrderCancelled cancelled) {
        return reviews.openOf(cancelled.orderId())
                .invoke(open -> open.forEach(
                        r -> r.cancel(cancelled.cancelledBy(), cancelled.reason(), cancelled.cancelledAt())))
                .chain(() -> inFlight.cancelled(cancelled.orderId()))
                .replaceWithVoid();
    }
}

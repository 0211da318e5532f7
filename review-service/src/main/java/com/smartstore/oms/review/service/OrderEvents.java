package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.OmsEvent;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentRecorded;
import com.smartstore.oms.kit.inbox.IncomingEvent;
import com.smartstore.oms.kit.inbox.ParkedEvent;
import com.smartstore.oms.kit.inbox.ParkedEvents;
import com.smartstore.oms.kit.inbox.PermanentEventFailure;
import com.smartstore.oms.review.domain.Redaction;
import com.smartstore.oms.review.repository.ReviewRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The order events review consumes, each in its inbox transaction. An amendment, cancellation or payment of an
 * order review has not received yet is parked, not dropped (issue 17 case 2), and applied in the transaction of
 * that order's {@code order-received} (docs/ORDER-LIFECYCLE.md): parked payments are recorded first, in arrival
 * order, so the review decides once on the payments as they stand (a capture refunded since approves nothing);
 * parked amendments and cancellations are applied after the review, in arrival order. For an order whose customer's
 * personal data was erased ({@code customer-redacted}), the events that bring any are erased again before their
 * transaction commits.
 */
@ApplicationScoped
public class OrderEvents {
    public static final String RECEIVED = "review-order-received";
    public static final String AMENDED = "review-order-amended";
    public static final String CANCELLED = "review-order-cancelled";
    public static final String PAYMENT = "review-payment-recorded";

    private final ReviewRepository reviews;
    private final ParkedEvents parked;
    private final AutomaticReviewService review;
    private final OrderChangeService changes;
    private final PaymentService payments;
    private final RedactionService redactions;

    public OrderEvents(
            ReviewRepository reviews,
            ParkedEvents parked,
            AutomaticReviewService review,
            OrderChangeService changes,
            PaymentService payments,
            RedactionService redactions) {
        this.reviews = reviews;
        this.parked = parked;
        this.review = review;
        this.changes = changes;
        this.payments = payments;
        this.redactions = redactions;
    }

    /** Records parked payments, reviews the order, then applies parked amendments and cancellations. */
    public Uni<Void> received(IncomingEvent<OrderReceived> event) {
        UUID orderId = event.payload().orderId();
        return reviews.lockOrder(orderId)
                .chain(() -> parked.release(PAYMENT, orderId.toString()))
                .chain(early -> inTurn(
                        early,
                        p -> payments.record(p.as(Events.PAYMENT_RECORDED).payload())))
                .chain(() -> review.review(event.payload()))
                .chain(() -> releaseParked(orderId))
                .chain(() -> redactions.eraseIfRedacted(orderId));
    }

    /**
     * Applied or parked. Of an order whose customer's data was erased (issue 10) only the line changes are applied:
     * a new address or contact would be personal data again; a parked one is erased with the order's.
     */
    public Uni<Void> amended(IncomingEvent<OrderAmended> event) {
        UUID orderId = event.payload().orderId();
        return redactions
                .isRedacted(orderId)
                .chain(redacted -> applyOrPark(AMENDED, event, a -> changes.amended(redacted ? Redaction.of(a) : a)))
                .chain(() -> redactions.eraseIfRedacted(orderId));
    }

    public Uni<Void> cancelled(IncomingEvent<OrderCancelled> event) {
        return applyOrPark(CANCELLED, event, changes::cancelled);
    }

    public Uni<Void> paymentRecorded(IncomingEvent<PaymentRecorded> event) {
        return applyOrPark(PAYMENT, event, payments::recorded);
    }

    private <T extends OmsEvent> Uni<Void> applyOrPark(
            String consumer, IncomingEvent<T> event, Function<T, Uni<Void>> apply) {
        UUID orderId = UUID.fromString(event.payload().key());
        // Under the order's lock: either the order-received committed before (apply), or it releases this after.
        return reviews.lockOrder(orderId)
                .chain(() -> reviews.latestRevision(orderId))
                .chain(latest -> latest != null
                        ? apply.apply(event.payload())
                        : parked.park(consumer, orderId.toString(), event, Topics.ORDER_RECEIVED));
    }

    /** The amendments and cancellations parked for the order, in the order they arrived, applied one by one. */
    private Uni<Void> releaseParked(UUID orderId) {
        List<ParkedEvent> all = new ArrayList<>();
        return parked.release(AMENDED, orderId.toString())
                .invoke(all::addAll)
                .chain(() -> parked.release(CANCELLED, orderId.toString()))
                .invoke(all::addAll)
                .chain(() -> {
                    all.sort(Comparator.comparingLong(ParkedEvent::seq));
                    return inTurn(all, this::apply);
                });
    }

    private static Uni<Void> inTurn(List<ParkedEvent> events, Function<ParkedEvent, Uni<?>> apply) {
        Uni<Void> applied = Uni.createFrom().voidItem();
        for (ParkedEvent event : events) {
            applied = applied.chain(() -> apply.apply(event)).replaceWithVoid();
        }
        return applied;
    }

    private Uni<Void> apply(ParkedEvent event) {
        if (event.is(Events.ORDER_AMENDED)) {
            return changes.amended(event.as(Events.ORDER_AMENDED).payload());
        }
        if (event.is(Events.ORDER_CANCELLED)) {
            return changes.cancelled(event.as(Events.ORDER_CANCELLED).payload());
        }
        return Uni.createFrom().failure(new PermanentEventFailure("review parks no " + event.ceType()));
    }
}

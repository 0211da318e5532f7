package com.smartstore.oms.intake.service;

import com.smartstore.oms.intake.command.AmendmentRequest;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.command.PaymentRequest;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.CancellationStatus;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderStatus;
import com.smartstore.oms.intake.domain.Payment;
import com.smartstore.oms.intake.domain.PaymentStatus;
import com.smartstore.oms.intake.domain.WebhookDelivery;
import com.smartstore.oms.intake.domain.WebhookSource;
import com.smartstore.oms.intake.mapping.PlatformChange;
import com.smartstore.oms.intake.repository.PaymentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The steps of applying a platform's change to an order, each through the flow a person or provider would use:
 * {@link OrderChanges#requestCancellation}, {@link OrderChanges#amend}, {@link PaymentService#record}. A step the
 * order's lifecycle does not allow is noted as not applied instead of failing the delivery.
 */
@ApplicationScoped
public class PlatformChangeSteps {

    /** What the steps did, in the platform's and our words. */
    public static final class Result {
        private final List<String> applied = new ArrayList<>();
        private final List<String> notApplied = new ArrayList<>();

        void applied(String what) {
            applied.add(what);
        }

        void refused(String what) {
            if (!notApplied.contains(what)) {
                notApplied.add(what);
            }
        }

        List<String> applied() {
            return applied;
        }

        List<String> notApplied() {
            return notApplied;
        }

        WebhookDelivery.Outcome outcome() {
            if (!applied.isEmpty()) {
                return WebhookDelivery.Outcome.APPLIED;
            }
            return notApplied.isEmpty() ? WebhookDelivery.Outcome.UNCHANGED : WebhookDelivery.Outcome.NOT_APPLIED;
        }
    }

    private final OrderChanges changes;
    private final PaymentService payments;
    private final PaymentRepository paymentRows;

    public PlatformChangeSteps(OrderChanges changes, PaymentService payments, PaymentRepository paymentRows) {
        this.changes = changes;
        this.payments = payments;
        this.paymentRows = paymentRows;
    }

    /**
     * A cancellation on the platform is a cancellation request (R-I11): shipping confirms it (the order becomes
     * CANCELLED on {@code order-cancelled}) or refuses it because a parcel left. An order intake knows to be shipped
     * is not asked for; one already cancelled or with a request pending is left as it is; after shipping refused the
     * platform's request, the platform's next updates do not ask again.
     */
    Uni<Void> cancel(Order order, PlatformChange.Cancellation cancellation, Actor platform, Result result) {
        if (cancellation == null || order.status == OrderStatus.CANCELLED || order.cancellationPending()) {
            return Uni.createFrom().voidItem();
        }
        var refusal = order.cancelRefusal();
        if (refusal.isPresent()) {
            result.refused("cancellation: " + refusal.get());
            return Uni.createFrom().voidItem();
        }
        if (order.cancelStatus == CancellationStatus.REFUSED && platform.name().equals(order.cancelRequestedBy)) {
            result.refused("cancellation: shipping refused it already (" + order.cancelRefusalReason + ")");
            return Uni.createFrom().voidItem();
        }
        String reason = cancellation.reason() + (cancellation.at() == null ? "" : " at " + cancellation.at());
        return changes.requestCancellation(order.id, reason, platform)
                .invoke(() -> result.applied("cancellation requested"))
                .replaceWithVoid();
    }

    /**
     * A shipping address or contact that differs from the order's is an amendment (R-I10), until the order ships.
     * Lines are not followed: an order edited on the platform keeps its lines here, and the difference is noted for
     * a clerk, who amends the lines (the warehouse decides whether they still can change).
     */
    Uni<Void> amend(Order order, PlatformChange change, WebhookSource source, Actor platform, Result result) {
        CreateOrderRequest now = change.order() == null ? null : change.order().order();
        if (now == null || change.cancellation() != null || order.status == OrderStatus.CANCELLED) {
            return Uni.createFrom().voidItem();
        }
        if (linesDiffer(order, now)) {
            result.refused("lines: the order's lines differ from the platform's; line edits on " + source.path
                    + " are not taken, a clerk amends them");
        }
        var address = addressChange(order, now.shippingAddress());
        var contact = contactChange(order, now.customer());
        if (address == null && contact == null) {
            return Uni.createFrom().voidItem();
        }
        var refusal = order.contactChangeRefusal();
        if (refusal.isPresent()) {
            result.refused("address or contact: " + refusal.get());
            return Uni.createFrom().voidItem();
        }
        var request = new AmendmentRequest("changed on " + source.path, address, contact, null);
        return changes.amend(order.id, request, platform)
                .invoke(a -> result.applied("amended: " + a.changed))
                .replaceWithVoid();
    }

    /**
     * The platform says the order is paid: a capture recorded once (by the platform's id for it) and published as
     * {@code payment-recorded}, from which review decides. An order the platform vouched for as paid when it arrived
     * needs none.
     */
    Uni<Void> capture(
            Order order, PlatformChange.Capture capture, WebhookSource source, Actor platform, Result result) {
        if (capture == null || order.payment.confirmedBy != null) {
            return Uni.createFrom().voidItem();
        }
        if (!sameCurrency(order, capture.currency(), "payment", result)) {
            return Uni.createFrom().voidItem();
        }
        var request = payment(capture.paymentId(), PaymentStatus.CAPTURED, capture.amount(), capture.paidAt(), null);
        return payments.record(order.id, source.path, request, platform, Payment.Source.PROVIDER)
                .invoke(r -> {
                    if (r.created()) {
                        result.applied("payment captured: " + capture.amount().toPlainString() + " " + order.currency);
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Each refund is a REFUNDED payment, recorded once by the platform's transaction id. A refund that, with the
     * earlier ones, gives back all the customer was charged for an order not yet shipped is also a cancellation
     * request (R-I11: the customer has their money back, so nothing must leave); a partial refund changes nothing
     * else (the order ships, less was charged; finance sees the refund).
     */
    Uni<Void> refund(
            Order order, List<PlatformChange.Refund> refunds, WebhookSource source, Actor platform, Result result) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PlatformChange.Refund refund : refunds) {
            chain = chain.chain(() -> refundOne(order, refund, source, platform, result));
        }
        int before = result.applied().size();
        return chain.chain(() -> result.applied().size() == before
                ? Uni.createFrom().voidItem()
                : cancelIfRefundedInFull(order, source, platform, result));
    }

    private Uni<Void> refundOne(
            Order order, PlatformChange.Refund refund, WebhookSource source, Actor platform, Result result) {
        if (!sameCurrency(order, refund.currency(), "refund", result)) {
            return Uni.createFrom().voidItem();
        }
        var request = payment(refund.paymentId(), PaymentStatus.REFUNDED, refund.amount(), refund.at(), refund.note());
        return payments.record(order.id, source.path, request, platform, Payment.Source.PROVIDER)
                .invoke(r -> {
                    if (r.created()) {
                        result.applied("refund recorded: " + refund.amount().toPlainString() + " " + order.currency);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> cancelIfRefundedInFull(Order order, WebhookSource source, Actor platform, Result result) {
        BigDecimal charged = order.payment.amount != null ? order.payment.amount : order.totalAmount;
        return paymentRows.ofOrder(order.id).chain(all -> {
            BigDecimal refunded = all.stream()
                    .filter(p -> p.status == PaymentStatus.REFUNDED)
                    .map(p -> p.amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (charged == null || refunded.compareTo(charged) < 0) {
                return Uni.createFrom().voidItem();
            }
            return cancel(
                    order,
                    new PlatformChange.Cancellation(null, "refunded in full on " + source.path),
                    platform,
                    result);
        });
    }

    /** WooCommerce's {@code on-hold}: intake has no hold of its own (review's are), so it is noted for a clerk. */
    void onHold(PlatformChange change, Result result) {
        if (change.onHold()) {
            result.refused("on-hold: the merchant put the order on hold on the platform; a hold here is review's"
                    + " (an unpaid order is held until paid), a clerk decides whether to cancel");
        }
    }

    private static boolean sameCurrency(Order order, String currency, String what, Result result) {
        if (currency == null || currency.equals(order.currency)) {
            return true;
        }
        result.refused(what + ": in " + currency + ", the order is in " + order.currency);
        return false;
    }

    private static PaymentRequest payment(String id, PaymentStatus status, BigDecimal amount, Instant at, String note) {
        return new PaymentRequest(null, id, null, null, status, amount, null, null, null, at, note);
    }

    private static boolean linesDiffer(Order order, CreateOrderRequest now) {
        if (now.lines() == null || now.lines().isEmpty()) {
            return false;
        }
        int ours = order.lines.stream().mapToInt(l -> l.quantity).sum();
        int theirs = now.lines().stream()
                .filter(Objects::nonNull)
                .mapToInt(CreateOrderRequest.Line::quantity)
                .sum();
        return order.lines.size() != now.lines().size() || ours != theirs;
    }

    /** The platform's address when it differs from the order's, else null. */
    private static CreateOrderRequest.Address addressChange(Order order, CreateOrderRequest.Address a) {
        if (a == null || blank(a.line1()) || blank(a.city()) || a.country() == null) {
            return null;
        }
        boolean same = same(order.shipTo.recipient, a.recipient())
                && same(order.shipTo.line1, a.line1())
                && same(order.shipTo.line2, a.line2())
                && same(order.shipTo.city, a.city())
                && same(order.shipTo.region, a.region())
                && same(order.shipTo.postalCode, a.postalCode())
                && same(order.shipTo.country, a.country());
        return same ? null : a;
    }

    /** The platform's phone and e-mail that differ from the order's (a missing one stays), else null. */
    private static AmendmentRequest.Contact contactChange(Order order, CreateOrderRequest.Customer c) {
        if (c == null) {
            return null;
        }
        String phone = blank(c.phone()) || same(order.customer.phone, c.phone()) ? null : c.phone();
        String email = blank(c.email()) || same(order.customer.email, c.email()) ? null : c.email();
        return phone == null && email == null ? null : new AmendmentRequest.Contact(phone, email);
    }

    private static boolean same(String ours, String theirs) {
        return norm(ours).equals(norm(theirs));
    }

    private static String norm(String value) {
        return value == null ? "" : value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

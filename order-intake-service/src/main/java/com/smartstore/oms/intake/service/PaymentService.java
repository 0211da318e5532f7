package com.smartstore.oms.intake.service;

import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.intake.command.PaymentRequest;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderAudit;
import com.smartstore.oms.intake.domain.Payment;
import com.smartstore.oms.intake.domain.PaymentCheck;
import com.smartstore.oms.intake.domain.PaymentStatus;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.intake.repository.PaymentRepository;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.service.ServiceName;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Records payments against orders (R-I6) once per provider payment id, publishes each on {@code payment-recorded}
 * (review's only source of payment completeness) and each anomaly it reveals (R-E6) as one {@code order-exception},
 * in the same transaction.
 */
@ApplicationScoped
public class PaymentService {
    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final OrderAuditor audit;
    private final Outbox outbox;
    private final Clock clock;
    private final ServiceName service;

    public PaymentService(
            OrderRepository orders,
            PaymentRepository payments,
            OrderAuditor audit,
            Outbox outbox,
            Clock clock,
            ServiceName service) {
        this.orders = orders;
        this.payments = payments;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.service = service;
    }

    /** A recorded payment, and whether this call recorded it (false: it was known already). */
    public record Recorded(Payment payment, boolean created) {}

    /**
     * Records a payment unless the provider's payment id is known, in which case the known one is the answer.
     * The order row is locked, so two captures arriving together are compared with each other.
     *
     * @param orderId the order from the path, or null to take {@code orderId}/{@code orderNumber} of the body
     */
    @WithTransaction
    public Uni<Recorded> record(
            UUID orderId, String provider, PaymentRequest request, Actor actor, Payment.Source source) {
        return payments.findByProviderId(provider, request.paymentId().trim()).chain(known -> {
            if (known != null) {
                return Uni.createFrom().item(new Recorded(known, false));
            }
            return lockOrder(orderId, request).chain(order -> store(order, provider, request, actor, source));
        });
    }

    /** After losing the race to a concurrent delivery of the same payment id: that delivery's payment. */
    @WithTransaction
    public Uni<Recorded> known(String provider, String paymentId) {
        return payments.findByProviderId(provider, paymentId).map(p -> new Recorded(p, false));
    }

    private Uni<Order> lockOrder(UUID pathId, PaymentRequest request) {
        if (pathId != null) {
            return orders.findById(pathId, LockModeType.PESSIMISTIC_WRITE)
                    .onItem()
                    .ifNull()
                    .failWith(() -> Refusal.notFound("Order", pathId));
        }
        Uni<Order> found;
        if (request.orderId() != null) {
            found = orders.findById(request.orderId(), LockModeType.PESSIMISTIC_WRITE);
        } else if (request.orderNumber() != null) {
            found = orders.find("orderNumber", request.orderNumber())
                    .withLock(LockModeType.PESSIMISTIC_WRITE)
                    .firstResult();
        } else {
            return Uni.createFrom()
                    .failure(Refusal.unprocessable(
                            "unknown-order", "orderId or orderNumber: give one, which order is this payment for?"));
        }
        String field = request.orderId() != null ? "orderId" : "orderNumber";
        Object ref = request.orderId() != null ? request.orderId() : request.orderNumber();
        return found.onItem()
                .ifNull()
                .failWith(() -> Refusal.unprocessable("unknown-order", field + ": order " + ref + " does not exist"));
    }

    private Uni<Recorded> store(
            Order order, String provider, PaymentRequest request, Actor actor, Payment.Source source) {
        if (request.currency() != null && !request.currency().equals(order.currency)) {
            throw Refusal.unprocessable(
                    "currency-mismatch",
                    "currency: the order is in " + order.currency + ", the payment in " + request.currency());
        }
        // Microseconds, as PostgreSQL keeps them: a replay answers exactly what the first delivery got.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.orderId = order.id;
        payment.provider = provider;
        payment.providerPaymentId = request.paymentId().trim();
        payment.status = request.status();
        payment.amount = request.amount();
        payment.currency = order.currency;
        payment.method = request.method() == null ? order.payment.method : request.method();
        payment.instalmentNumber = request.instalmentNumber();
        payment.paidAt =
                request.paidAt() != null || request.status() != PaymentStatus.CAPTURED ? request.paidAt() : now;
        payment.failureReason = request.failureReason();
        payment.recordedBy = actor.name();
        payment.recordedAt = now;
        if (order.payment.instalmentCount != null
                && payment.status == PaymentStatus.CAPTURED
                && (payment.instalmentNumber == null || payment.instalmentNumber > order.payment.instalmentCount)) {
            throw Refusal.unprocessable(
                    "invalid-payment",
                    "instalmentNumber: the order is paid in " + order.payment.instalmentCount
                            + " instalments; say which one (1-" + order.payment.instalmentCount + ") this pays");
        }
        return payments.ofOrder(order.id).chain(earlier -> {
            var anomaly = PaymentCheck.check(order, earlier, payment);
            payment.anomaly = anomaly.map(PaymentCheck.Anomaly::code).orElse(null);
            String key = "payment " + payment.provider + "/" + payment.providerPaymentId;
            Map<String, String> after = Map.of(
                    key,
                    payment.status + " " + payment.amount.toPlainString() + " " + payment.currency
                            + (payment.anomaly == null ? "" : " (" + payment.anomaly + ")"));
            var recorded = payment.toRecordedEvent(order.orderNumber, payment.capturedTotal(earlier), source);
            return payments.persist(payment)
                    .chain(() -> audit.record(order, Map.of(), after, OrderAudit.Action.PAYMENT, actor))
                    .chain(() -> outbox.add(recorded))
                    .chain(() -> anomaly.map(a -> outbox.add(OrderException.detected(
                                    order.id,
                                    order.orderNumber,
                                    ExceptionType.PAYMENT,
                                    a.severity(),
                                    a.code(),
                                    a.description(),
                                    a.details(),
                                    service.value(),
                                    now)))
                            .orElse(Uni.createFrom().voidItem()))
                    .replaceWith(new Recorded(payment, true));
        });
    }
}

package com.smartstore.oms.intake.service;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.config.IntakeConfig;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.Customer;
import com.smartstore.oms.intake.domain.CustomerPseudonym;
import com.smartstore.oms.intake.domain.IdempotencyRecord;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderAudit;
import com.smartstore.oms.intake.domain.OrderContent;
import com.smartstore.oms.intake.domain.OrderShippingLine;
import com.smartstore.oms.intake.domain.OrderStatus;
import com.smartstore.oms.intake.domain.OrderStatusChange;
import com.smartstore.oms.intake.domain.PaymentPlan;
import com.smartstore.oms.intake.domain.PlatformDetails;
import com.smartstore.oms.intake.domain.ShipTo;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.pii.PiiCipher;
import com.smartstore.oms.kit.pii.PiiNormalizer;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Takes orders in: stores them and emits {@code order-received} in one transaction. */
@ApplicationScoped
public class OrderService {
    /** {@code OrderReceived.Payment.confirmedBy} of a paid order from a signed platform webhook. */
    static final String PLATFORM = "PLATFORM";

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final OrderRepository orders;
    private final Outbox outbox;
    private final IntakeConfig config;
    private final CustomerPseudonym pseudonym;
    private final OrderAuditor audit;
    private final PiiCipher cipher;
    private final Clock clock;

    public OrderService(
            OrderRepository orders,
            Outbox outbox,
            IntakeConfig config,
            OrderAuditor audit,
            PiiCipher cipher,
            Clock clock) {
        this.orders = orders;
        this.outbox = outbox;
        this.config = config;
        this.audit = audit;
        this.cipher = cipher;
        this.pseudonym = new CustomerPseudonym(config.pseudonymKey());
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Order> create(CreateOrderRequest request, Actor user) {
        return storeEntered(request, user);
    }

    /**
     * Creates the order and remembers the caller's {@code Idempotency-Key} with the answer, in one transaction:
     * a concurrent request with the same key fails on the key's primary key instead of creating a second order.
     */
    @WithTransaction
    public Uni<Order> create(
            CreateOrderRequest request, Actor user, String key, String requestHash, Function<Order, String> answer) {
        return storeEntered(request, user).call(order -> {
            IdempotencyRecord record = new IdempotencyRecord();
            record.username = user.name();
            record.idemKey = key;
            record.requestHash = requestHash;
            record.orderId = order.id;
            record.responseBody = answer.apply(order);
            record.createdAt = order.receivedAt;
            return orders.getSession().chain(s -> s.persist(record));
        });
    }

    /** The remembered key of a user, or null. */
    @WithTransaction
    public Uni<IdempotencyRecord> idempotencyRecord(String user, String key) {
        return orders.getSession().chain(s -> s.find(IdempotencyRecord.class, new IdempotencyRecord.Key(user, key)));
    }

    /**
     * Stores an order from a platform (issue 10) with what the platform said beyond the request, in the caller's
     * transaction; {@code vouchedBy} vouches for a paid order's payment ({@code PLATFORM} for a signed webhook's). An
     * order the platform had cancelled before it reached us is asked to be cancelled at once: shipping confirms it
     * like any cancellation (R-I11), and review holds the order meanwhile.
     */
    Uni<Order> storePlatformOrder(
            CreateOrderRequest request, PlatformDetails details, Actor by, String externalOrderId, String vouchedBy) {
        return store(request, details, by, externalOrderId, vouchedBy, null, false)
                .call(order -> cancelIfCancelledOnPlatform(order, by));
    }

    private Uni<Void> cancelIfCancelledOnPlatform(Order order, Actor by) {
        OrderReceived.Platform facts = order.platform();
        if (facts == null || facts.cancelledAt() == null) {
            return Uni.createFrom().voidItem();
        }
        Instant now = clock.instant();
        var before = audit.snapshot(order);
        var request = order.requestCancellation(
                "cancelled on the platform at " + facts.cancelledAt()
                        + (facts.cancelReason() == null ? "" : " (" + facts.cancelReason() + ")")
                        + " before the order reached us",
                by.name(),
                now);
        return orders.getSession()
                .chain(s -> s.persist(OrderStatusChange.of(
                        order.id,
                        order.revision,
                        order.status,
                        now,
                        by.name(),
                        "cancellation requested: " + request.reason())))
                .chain(() -> audit.record(order, before, OrderAudit.Action.CANCEL_REQUESTED, by))
                .chain(() -> outbox.add(request));
    }

    /**
     * Stores a new order with its history, audit row and {@code order-received}, in the caller's transaction. The
     * caller's {@code paidAt} is kept as reported, not vouched for (R-I6): review waits for a capture.
     */
    Uni<Order> store(CreateOrderRequest request, Actor user, String externalOrderId) {
        return store(request, null, user, externalOrderId, null, null, false);
    }

    /**
     * As {@link #store(CreateOrderRequest, Actor, String)}, for an order a member of staff keyed in (the REST API, an
     * entry request): its {@code order-received} names them ({@code enteredBy}, issue 13, R-A7).
     */
    Uni<Order> storeEntered(CreateOrderRequest request, Actor user) {
        return store(request, null, user, null, null, null, true);
    }

    /** As {@link #store(CreateOrderRequest, Actor, String)}, for an exchange's replacement order (issue 12). */
    Uni<Order> storeReplacement(
            CreateOrderRequest request, Actor user, String externalOrderId, OrderReceived.Replacement replaces) {
        return store(request, null, user, externalOrderId, null, replaces, false);
    }

    /**
     * As {@link #store(CreateOrderRequest, Actor, String)}, with a platform's details (null for orders entered by
     * people); {@code vouchedBy} vouches for a paid order's payment.
     */
    private Uni<Order> store(
            CreateOrderRequest request,
            PlatformDetails details,
            Actor user,
            String externalOrderId,
            String vouchedBy,
            OrderReceived.Replacement replaces,
            boolean enteredByStaff) {
        Instant now = clock.instant();
        return orders.nextOrderNumber().chain(number -> {
            Order order = newOrder(request, user.name(), now);
            if (enteredByStaff) {
                order.enteredBy(user.roles());
            }
            order.applyPlatform(details);
            order.externalOrderId = externalOrderId;
            if (replaces != null) {
                order.replacesReturnId = replaces.returnId();
                order.replacesOrderId = replaces.originalOrderId();
            }
            order.paymentVouchedBy(vouchedBy);
            order.orderNumber = "%s-%s-%05d".formatted(config.orderNumberPrefix(), DAY.format(now), number);
            List<OrderShippingLine> shipping = shippingLines(order.id, request.shippingLines());
            return orders.persist(order)
                    .call(saved -> orders.getSession()
                            .chain(s -> s.persist(OrderStatusChange.of(
                                    saved.id,
                                    saved.revision,
                                    OrderStatus.RECEIVED,
                                    now,
                                    user.name(),
                                    "via " + saved.channel))))
                    .call(saved -> audit.record(saved, null, OrderAudit.Action.CREATED, user))
                    .call(saved -> shipping.isEmpty()
                            ? Uni.createFrom().voidItem()
                            : orders.getSession().chain(s -> s.persistAll(shipping.toArray())))
                    .call(saved -> outbox.add(saved.toReceivedEvent()));
        });
    }

    private static List<OrderShippingLine> shippingLines(UUID orderId, List<CreateOrderRequest.ShippingLine> lines) {
        if (lines == null) {
            return List.of();
        }
        return java.util.stream.IntStream.range(0, lines.size())
                .mapToObj(i -> OrderShippingLine.of(
                        orderId,
                        i + 1,
                        lines.get(i).title(),
                        lines.get(i).code(),
                        lines.get(i).amount()))
                .toList();
    }

    private Order newOrder(CreateOrderRequest request, String user, Instant now) {
        Order order = new Order();
        order.id = UUID.randomUUID();
        order.revision = 1;
        order.channel = request.channel() == null ? SalesChannel.REST : request.channel();
        order.status = OrderStatus.RECEIVED;
        order.currency = config.currency();
        order.receivedAt = now;
        order.createdBy = user;
        order.fill(content(request));
        return order;
    }

    /** The request as the order is filled with it: values trimmed, contact hashed and pseudonymised. */
    private OrderContent content(CreateOrderRequest request) {
        var c = request.customer();
        Customer customer = new Customer();
        customer.name = c.name().trim();
        customer.phone = blankToNull(c.phone());
        customer.email = blankToNull(c.email());
        customer.phoneHash = cipher.hash(PiiNormalizer.phone(customer.phone));
        customer.emailHash = cipher.hash(PiiNormalizer.email(customer.email));
        customer.pseudonym = pseudonym.of(customer.email, customer.phone, customer.name);
        var a = request.shippingAddress();
        ShipTo shipTo = new ShipTo();
        shipTo.recipient = a.recipient();
        shipTo.line1 = a.line1();
        shipTo.line2 = a.line2();
        shipTo.city = a.city();
        shipTo.region = a.region();
        shipTo.postalCode = a.postalCode();
        shipTo.country = a.country();
        PaymentPlan payment = new PaymentPlan();
        payment.method = request.payment().method();
        payment.amount = request.payment().amount();
        payment.paidAt = request.payment().paidAt();
        var plan = request.payment().instalments();
        payment.instalmentCount = plan == null ? null : plan.count();
        payment.instalmentAmount = plan == null ? null : plan.amountPerInstalment();
        var remarks = request.remarks();
        BigDecimal shipping = request.shippingLines() == null
                ? BigDecimal.ZERO
                : request.shippingLines().stream()
                        .map(CreateOrderRequest.ShippingLine::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OrderContent(
                customer,
                shipTo,
                remarks == null ? null : remarks.specialRequests(),
                remarks == null ? null : remarks.giftNote(),
                remarks == null ? null : remarks.requestedShipDate(),
                payment,
                request.lines().stream()
                        .map(l -> new OrderContent.Line(
                                l.sku(), l.productName(), l.specification(), l.quantity(), l.unitPrice(), l.discount()))
                        .toList(),
                shipping,
                request.taxAmount());
    }

    /** Resubmits a rejected order with corrected content as its next revision (R-I9): load, ask the order, save. */
    @WithTransaction
    public Uni<Order> correct(UUID id, CreateOrderRequest request, Actor user) {
        Instant now = clock.instant();
        OrderContent content = content(request);
        return orders.findWithLines(id)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Order", id))
                .chain(order -> {
                    var before = audit.snapshot(order);
                    Order.Corrected corrected = order.correct(content, now);
                    List<OrderShippingLine> shipping = shippingLines(order.id, request.shippingLines());
                    return orders.deleteShippingLines(order.id)
                            .chain(() -> orders.getSession()
                                    .chain(s -> s.removeAll(corrected.replaced().toArray())
                                            .chain(() -> s.persistAll(order.lines.toArray()))
                                            .chain(() -> s.persistAll(shipping.toArray()))
                                            .chain(() -> s.persist(OrderStatusChange.of(
                                                    order.id,
                                                    order.revision,
                                                    OrderStatus.RECEIVED,
                                                    now,
                                                    user.name(),
                                                    "corrected after rejection, revision " + order.revision)))))
                            .chain(() -> audit.record(order, before, OrderAudit.Action.CORRECTED, user))
                            .chain(() -> outbox.add(corrected.event()))
                            .replaceWith(order);
                });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package com.smartstore.oms.intake.service;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.config.IntakeConfig;
import com.smartstore.oms.intake.domain.CustomerPseudonym;
import com.smartstore.oms.intake.domain.IdempotencyRecord;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderShippingLine;
import com.smartstore.oms.intake.domain.OrderStatus;
import com.smartstore.oms.intake.domain.OrderStatusChange;
import com.smartstore.oms.intake.domain.WebhookDelivery;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.intake.rest.CreateOrderRequest;
import com.smartstore.oms.kit.outbox.Outbox;
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
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final OrderRepository orders;
    private final Outbox outbox;
    private final IntakeConfig config;
    private final CustomerPseudonym pseudonym;

    public OrderService(OrderRepository orders, Outbox outbox, IntakeConfig config) {
        this.orders = orders;
        this.outbox = outbox;
        this.config = config;
        this.pseudonym = new CustomerPseudonym(config.pseudonymKey());
    }

    @WithTransaction
    public Uni<Order> create(CreateOrderRequest request, String user) {
        return store(request, user, null);
    }

    /**
     * Creates the order and remembers the caller's {@code Idempotency-Key} with the answer, in one transaction:
     * a concurrent request with the same key fails on the key's primary key instead of creating a second order.
     */
    @WithTransaction
    public Uni<Order> create(
            CreateOrderRequest request, String user, String key, String requestHash, Function<Order, String> answer) {
        return store(request, user, null).call(order -> {
            IdempotencyRecord record = new IdempotencyRecord();
            record.username = user;
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
     * Stores a platform order unless the platform's order id is known already, and records the delivery
     * either way. A concurrent delivery of the same order fails on the unique (channel, external id).
     */
    @WithTransaction
    public Uni<Order> receive(
            SalesChannel channel, String externalOrderId, CreateOrderRequest request, WebhookDelivery delivery) {
        return orders.findByExternalId(channel, externalOrderId).chain(existing -> {
            if (existing != null) {
                return recordDelivery(delivery, WebhookDelivery.Outcome.DUPLICATE, existing);
            }
            return store(request, "webhook/" + channel.name().toLowerCase(), externalOrderId)
                    .call(order -> recordDelivery(delivery, WebhookDelivery.Outcome.CREATED, order));
        });
    }

    /** After losing the race to a concurrent delivery: the order that delivery created, with this one recorded. */
    @WithTransaction
    public Uni<Order> receiveDuplicate(SalesChannel channel, String externalOrderId, WebhookDelivery delivery) {
        return orders.findByExternalId(channel, externalOrderId)
                .onItem()
                .ifNull()
                .failWith(() -> new IllegalStateException("the concurrent order " + externalOrderId + " vanished"))
                .call(existing -> recordDelivery(delivery, WebhookDelivery.Outcome.DUPLICATE, existing));
    }

    /** Keeps a delivery that could not become an order, for inspection. */
    @WithTransaction
    public Uni<Void> reject(WebhookDelivery delivery, String problem) {
        delivery.outcome = WebhookDelivery.Outcome.REJECTED;
        delivery.problem = problem;
        return orders.getSession().chain(s -> s.persist(delivery));
    }

    private Uni<Order> recordDelivery(WebhookDelivery delivery, WebhookDelivery.Outcome outcome, Order order) {
        delivery.outcome = outcome;
        delivery.orderId = order.id;
        delivery.externalOrderId = order.externalOrderId;
        return orders.getSession().chain(s -> s.persist(delivery)).replaceWith(order);
    }

    private Uni<Order> store(CreateOrderRequest request, String user, String externalOrderId) {
        Instant now = Clock.systemUTC().instant();
        return orders.nextOrderNumber().chain(number -> {
            Order order = newOrder(request, user, now);
            order.externalOrderId = externalOrderId;
            order.orderNumber = "%s-%s-%05d".formatted(config.orderNumberPrefix(), DAY.format(now), number);
            List<OrderShippingLine> shipping = shippingLines(order.id, request.shippingLines());
            return orders.persist(order)
                    .call(saved -> orders.getSession()
                            .chain(s -> s.persist(OrderStatusChange.of(
                                    saved.id,
                                    saved.revision,
                                    OrderStatus.RECEIVED,
                                    now,
                                    user,
                                    "via " + saved.channel))))
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
        var customer = request.customer();
        order.customerName = customer.name().trim();
        order.customerPhone = blankToNull(customer.phone());
        order.customerEmail = blankToNull(customer.email());
        order.customerPseudonym = pseudonym.of(order.customerEmail, order.customerPhone, order.customerName);
        var address = request.shippingAddress();
        order.shipRecipient = address.recipient();
        order.shipLine1 = address.line1();
        order.shipLine2 = address.line2();
        order.shipCity = address.city();
        order.shipRegion = address.region();
        order.shipPostalCode = address.postalCode();
        order.shipCountry = address.country();
        if (request.remarks() != null) {
            order.specialRequests = request.remarks().specialRequests();
            order.giftNote = request.remarks().giftNote();
            order.requestedShipDate = request.remarks().requestedShipDate();
        }
        order.paymentMethod = request.payment().method();
        order.paymentAmount = request.payment().amount();
        order.paidAt = request.payment().paidAt();
        order.currency = config.currency();
        order.receivedAt = now;
        order.createdBy = user;
        request.lines()
                .forEach(l -> order.addLine(
                        l.sku(), l.productName(), l.specification(), l.quantity(), l.unitPrice(), l.discount()));
        BigDecimal shipping = request.shippingLines() == null
                ? BigDecimal.ZERO
                : request.shippingLines().stream()
                        .map(CreateOrderRequest.ShippingLine::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        order.charge(shipping, request.taxAmount());
        return order;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

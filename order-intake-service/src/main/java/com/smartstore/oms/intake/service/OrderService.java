package com.smartstore.oms.intake.service;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.config.IntakeConfig;
import com.smartstore.oms.intake.domain.CustomerPseudonym;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderStatus;
import com.smartstore.oms.intake.domain.OrderStatusChange;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.intake.rest.CreateOrderRequest;
import com.smartstore.oms.kit.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

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
        Instant now = Clock.systemUTC().instant();
        return orders.nextOrderNumber().chain(number -> {
            Order order = newOrder(request, user, now);
            order.orderNumber = "%s-%s-%05d".formatted(config.orderNumberPrefix(), DAY.format(now), number);
            return orders.persist(order)
                    .call(saved -> orders.getSession()
                            .chain(s -> s.persist(OrderStatusChange.of(
                                    saved.id,
                                    saved.revision,
                                    OrderStatus.RECEIVED,
                                    now,
                                    user,
                                    "via " + saved.channel))))
                    .call(saved -> outbox.add(saved.toReceivedEvent()));
        });
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
                .forEach(l -> order.addLine(l.sku(), l.productName(), l.specification(), l.quantity(), l.unitPrice()));
        return order;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

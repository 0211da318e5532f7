package com.smartstore.oms.intake.service;

import com.smartstore.oms.contracts.events.ExchangeRequested;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderLine;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.kit.inbox.PermanentEventFailure;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Replacement orders of exchanges (R-X6): for each {@code exchange-requested}, a zero-priced order for the original
 * order's customer and address, created through the normal order creation (history, audit, {@code order-received}) so
 * that review, warehouse and shipping treat it like any order. Channel STAFF, external id {@code exchange:<returnId>}
 * (which links it to the return ticket and makes it once per ticket, whatever event id it comes under), cash on
 * delivery of nothing. Runs inside the inbox's transaction.
 */
@ApplicationScoped
public class ExchangeOrders {
    private static final Logger LOG = Logger.getLogger(ExchangeOrders.class);
    static final Actor RETURNS = Actor.system("returns-service", "event:exchange-requested");

    private final OrderRepository orders;
    private final OrderService service;

    public ExchangeOrders(OrderRepository orders, OrderService service) {
        this.orders = orders;
        this.service = service;
    }

    /** The external id of the replacement order of a return ticket. */
    public static String externalId(UUID returnId) {
        return "exchange:" + returnId;
    }

    public Uni<Void> create(ExchangeRequested exchange) {
        String external = externalId(exchange.returnId());
        return orders.findByExternalId(SalesChannel.STAFF, external).chain(existing -> {
            if (existing != null) {
                LOG.infof("the replacement order of return %s exists already (%s)", exchange.returnId(), existing.id);
                return Uni.createFrom().voidItem();
            }
            return orders.findWithLines(exchange.orderId())
                    .onItem()
                    .ifNull()
                    .failWith(() -> new PermanentEventFailure("exchange of return " + exchange.returnId()
                            + " names order " + exchange.orderId() + ", which intake does not have"))
                    .chain(original -> service.storeReplacement(
                            replacement(original, exchange),
                            RETURNS,
                            external,
                            new OrderReceived.Replacement(exchange.returnId(), original.id)))
                    .invoke(order -> LOG.infof(
                            "replacement order %s created for return %s", order.orderNumber, exchange.returnId()))
                    .replaceWithVoid();
        });
    }

    private static CreateOrderRequest replacement(Order original, ExchangeRequested exchange) {
        var customer = new CreateOrderRequest.Customer(
                original.customer.name, original.customer.phone, original.customer.email);
        var to = original.shipTo;
        var address = new CreateOrderRequest.Address(
                to.recipient, to.line1, to.line2, to.city, to.region, to.postalCode, to.country);
        var lines = exchange.lines().stream()
                .map(l -> new CreateOrderRequest.Line(
                        l.sku(),
                        productName(original, l.sku()),
                        l.specification(),
                        l.quantity(),
                        BigDecimal.ZERO.setScale(2)))
                .toList();
        String remark = "Replacement for return " + exchange.returnId() + " of order " + original.orderNumber
                + (exchange.note() == null ? "" : ": " + exchange.note());
        return new CreateOrderRequest(
                customer,
                address,
                lines,
                new CreateOrderRequest.Remarks(remark.length() > 2000 ? remark.substring(0, 2000) : remark, null, null),
                new CreateOrderRequest.Payment(PaymentMethod.CASH_ON_DELIVERY, BigDecimal.ZERO.setScale(2), null),
                SalesChannel.STAFF);
    }

    private static String productName(Order original, String sku) {
        return original.lines.stream()
                .filter(l -> l.sku.equals(sku))
                .map((OrderLine l) -> l.productName)
                .findFirst()
                .orElse(sku);
    }
}

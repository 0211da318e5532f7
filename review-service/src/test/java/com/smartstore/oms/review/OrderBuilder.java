package com.smartstore.oms.review;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds {@code order-received} events as intake publishes them; by default paid online in full. */
public final class OrderBuilder {
    public static final Instant PAID_AT = Instant.parse("2026-11-27T09:00:00Z");
    public static final LocalDate SHIP_DATE = LocalDate.parse("2026-12-01");

    private UUID orderId = UUID.randomUUID();
    private int revision = 1;
    private String currency = "EUR";
    private final List<OrderReceived.Line> lines = new ArrayList<>();
    private OrderReceived.Payment payment;
    private SalesChannel channel = SalesChannel.REST;
    private OrderReceived.Address address =
            new OrderReceived.Address(null, "Rua Augusta 10", null, "Lisboa", null, "1100-053", "PT");

    public static OrderBuilder anOrder() {
        return new OrderBuilder();
    }

    public OrderBuilder id(UUID id) {
        this.orderId = id;
        return this;
    }

    public OrderBuilder revision(int revision) {
        this.revision = revision;
        return this;
    }

    public OrderBuilder channel(SalesChannel channel) {
        this.channel = channel;
        return this;
    }

    public OrderBuilder address(String line1, String city, String postalCode, String country) {
        this.address = new OrderReceived.Address(null, line1, null, city, null, postalCode, country);
        return this;
    }

    public OrderBuilder currency(String currency) {
        this.currency = currency;
        return this;
    }

    public OrderBuilder line(String sku, int quantity, String unitPrice) {
        lines.add(new OrderReceived.Line(
                lines.size() + 1, sku, "Product " + sku, null, quantity, new BigDecimal(unitPrice)));
        return this;
    }

    public OrderBuilder payment(PaymentMethod method, String amount, Instant paidAt) {
        this.payment = new OrderReceived.Payment(method, new BigDecimal(amount), paidAt);
        return this;
    }

    public BigDecimal total() {
        return lines.stream()
                .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public OrderReceived build() {
        BigDecimal total = total();
        return new OrderReceived(
                orderId,
                "SO-20261127-" + orderId.toString().substring(0, 5),
                revision,
                channel,
                null,
                new OrderReceived.Customer("c-test", "Ana Silva", "+351 912 345 678", "ana@example.com"),
                address,
                lines,
                new OrderReceived.Remarks(null, "Happy birthday!", SHIP_DATE),
                payment == null ? new OrderReceived.Payment(PaymentMethod.ONLINE, total, PAID_AT) : payment,
                total,
                currency,
                PAID_AT.plusSeconds(60));
    }
}

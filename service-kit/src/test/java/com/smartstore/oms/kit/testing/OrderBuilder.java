package com.smartstore.oms.kit.testing;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.contracts.events.SkuSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds {@code order-received} events as intake publishes them, for every service's tests; by default a REST order
 * of Ana Silva to Lisbon with a gift message and a requested ship date, paid online in full, the payment vouched for
 * by a signed platform webhook ({@code confirmedBy PLATFORM}): review trusts no caller's paid-at.
 */
public final class OrderBuilder {
    public static final Instant PAID_AT = Instant.parse("2026-11-27T09:00:00Z");
    public static final LocalDate SHIP_DATE = LocalDate.parse("2026-12-01");

    private UUID orderId = UUID.randomUUID();
    private int revision = 1;
    private String currency = "EUR";
    private final List<OrderReceived.Line> lines = new ArrayList<>();
    private OrderReceived.Payment payment;
    private String confirmedBy = "PLATFORM";
    private SalesChannel channel = SalesChannel.REST;
    private OrderReceived.Customer customer =
            new OrderReceived.Customer("c-" + UUID.randomUUID(), "Ana Silva", "+351 912 345 678", "ana@example.com");
    private Instant receivedAt = PAID_AT.plusSeconds(60);
    private OrderReceived.Address address =
            new OrderReceived.Address(null, "Rua Augusta 10", null, "Lisboa", null, "1100-053", "PT");
    private OrderReceived.Charges charges;
    private OrderReceived.Platform platform;
    private OrderReceived.Replacement replacement;
    private OrderReceived.EnteredBy enteredBy;
    private String orderNumber;
    private String externalOrderId;
    private OrderReceived.Remarks remarks = new OrderReceived.Remarks(null, "Happy birthday!", SHIP_DATE);

    public static OrderBuilder anOrder() {
        return new OrderBuilder();
    }

    public OrderBuilder id(UUID id) {
        this.orderId = id;
        return this;
    }

    public OrderBuilder number(String orderNumber) {
        this.orderNumber = orderNumber;
        return this;
    }

    public OrderBuilder externalOrderId(String externalOrderId) {
        this.externalOrderId = externalOrderId;
        return this;
    }

    /** Delivery instructions, gift message and requested ship date; null: none at all. */
    public OrderBuilder remarks(OrderReceived.Remarks remarks) {
        this.remarks = remarks;
        return this;
    }

    /** The whole ship-to address, recipient and second line included. */
    public OrderBuilder address(OrderReceived.Address address) {
        this.address = address;
        return this;
    }

    /** The whole customer: pseudonym, name, phone and e-mail. */
    public OrderBuilder customer(OrderReceived.Customer customer) {
        this.customer = customer;
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

    public OrderBuilder customer(String pseudonym, String phone, String email) {
        this.customer = new OrderReceived.Customer(pseudonym, "Ana Silva", phone, email);
        return this;
    }

    /** The customer as the platform gave it: any name, phone and e-mail, none checked. */
    public OrderBuilder contact(String name, String phone, String email) {
        this.customer = new OrderReceived.Customer(customer.pseudonym(), name, phone, email);
        return this;
    }

    /** An exchange's replacement order (issue 12): what it replaces. */
    /** Keyed in by a member of staff (issue 13). */
    public OrderBuilder enteredBy(String user, String... roles) {
        this.enteredBy = new OrderReceived.EnteredBy(user, List.of(roles));
        return this;
    }

    public OrderBuilder replacing(UUID returnId, UUID originalOrderId) {
        this.replacement = new OrderReceived.Replacement(returnId, originalOrderId);
        return this;
    }

    /** What the platform said about the order (issue 10); the channel becomes SHOPIFY unless set otherwise. */
    public OrderBuilder platform(OrderReceived.Platform platform) {
        this.platform = platform;
        if (channel == SalesChannel.REST) {
            channel = SalesChannel.SHOPIFY;
        }
        return this;
    }

    /** A platform order that charged this total (tax included in the prices), nothing else said. */
    public OrderBuilder charged(String total) {
        return platform(new OrderReceived.Platform(
                "#1001",
                false,
                "paid",
                null,
                null,
                new OrderReceived.Amounts(new BigDecimal(total), null, null, null, null, true, null),
                "EUR",
                null,
                null,
                null));
    }

    public OrderBuilder charges(String shipping, String tax) {
        this.charges = new OrderReceived.Charges(new BigDecimal(shipping), BigDecimal.ZERO, new BigDecimal(tax));
        return this;
    }

    /** A platform line that came without a SKU and without a mapping: a placeholder SKU, UNMAPPED. */
    public OrderBuilder unmappedLine(String productId, String variantId, int quantity, String unitPrice) {
        lines.add(new OrderReceived.Line(
                lines.size() + 1,
                "shopify:variant:" + variantId,
                "Hand-painted Bowl",
                null,
                quantity,
                new BigDecimal(unitPrice),
                null,
                SkuSource.UNMAPPED,
                productId,
                variantId,
                null,
                null));
        return this;
    }

    /** A line charged in the order's currency, with its unit price in the shop's currency (issue 10). */
    public OrderBuilder lineInShopCurrency(String sku, int quantity, String unitPrice, String shopUnitPrice) {
        lines.add(new OrderReceived.Line(
                lines.size() + 1,
                sku,
                "Product " + sku,
                null,
                quantity,
                new BigDecimal(unitPrice),
                null,
                SkuSource.PLATFORM,
                "1",
                "2",
                new BigDecimal(shopUnitPrice),
                null));
        return this;
    }

    public OrderBuilder receivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
        return this;
    }

    /** A line with the channel's discount on the whole line. */
    public OrderBuilder line(String sku, int quantity, String unitPrice, String discount) {
        lines.add(new OrderReceived.Line(
                lines.size() + 1,
                sku,
                "Product " + sku,
                null,
                quantity,
                new BigDecimal(unitPrice),
                new BigDecimal(discount)));
        return this;
    }

    public OrderBuilder instalments(String amount, Instant paidAt, int count, String perInstalment) {
        this.payment = new OrderReceived.Payment(
                PaymentMethod.INSTALMENTS,
                new BigDecimal(amount),
                paidAt,
                new OrderReceived.Instalments(count, new BigDecimal(perInstalment)));
        return this;
    }

    /** The paid-at is only what the caller says (a storefront or REST order): review waits for a capture. */
    public OrderBuilder unconfirmed() {
        this.confirmedBy = null;
        return this;
    }

    public OrderBuilder currency(String currency) {
        this.currency = currency;
        return this;
    }

    public OrderBuilder line(String sku, int quantity, String unitPrice) {
        return line(sku, "Product " + sku, null, quantity, unitPrice);
    }

    /** A line with the product's name and variant as the shop shows them. */
    public OrderBuilder line(String sku, String productName, String variant, int quantity, String unitPrice) {
        lines.add(new OrderReceived.Line(
                lines.size() + 1, sku, productName, variant, quantity, new BigDecimal(unitPrice)));
        return this;
    }

    public OrderBuilder payment(PaymentMethod method, String amount, Instant paidAt) {
        this.payment = new OrderReceived.Payment(method, new BigDecimal(amount), paidAt);
        return this;
    }

    /** Lines at their unit prices less their line discounts, plus the charges. */
    public BigDecimal total() {
        BigDecimal lineTotal = lines.stream()
                .map(l -> l.unitPrice()
                        .multiply(BigDecimal.valueOf(l.quantity()))
                        .subtract(l.discount() == null ? BigDecimal.ZERO : l.discount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return charges == null ? lineTotal : lineTotal.add(charges.shipping()).add(charges.tax());
    }

    public OrderReceived build() {
        BigDecimal total = total();
        return new OrderReceived(
                orderId,
                orderNumber != null
                        ? orderNumber
                        : "SO-20261127-" + orderId.toString().substring(0, 5),
                revision,
                channel,
                externalOrderId,
                customer,
                address,
                lines,
                remarks,
                confirmed(payment == null ? new OrderReceived.Payment(PaymentMethod.ONLINE, total, PAID_AT) : payment),
                total,
                currency,
                receivedAt,
                charges,
                platform,
                replacement,
                enteredBy);
    }

    /** Who vouches for a payment with a paid-at; nobody vouches for an unpaid one. */
    private OrderReceived.Payment confirmed(OrderReceived.Payment p) {
        return new OrderReceived.Payment(
                p.method(), p.amount(), p.paidAt(), p.instalments(), p.paidAt() == null ? null : confirmedBy);
    }
}

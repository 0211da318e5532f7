package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order (or a corrected revision of one) was stored and awaits review. Carries what review and
 * shipping need, including contact and address; analytics must use {@code customer.pseudonym} only.
 */
public record OrderReceived(
        UUID orderId,
        String orderNumber,
        int revision,
        SalesChannel channel,
        String externalOrderId,
        Customer customer,
        Address shippingAddress,
        List<Line> lines,
        Remarks remarks,
        Payment payment,
        BigDecimal totalAmount,
        String currency,
        Instant receivedAt,
        Charges charges,
        Platform platform,
        Replacement replacement,
        EnteredBy enteredBy)
        implements OmsEvent {

    public OrderReceived {
        requireNonNull(orderId, "orderId");
        requireNonNull(orderNumber, "orderNumber");
        requireNonNull(channel, "channel");
        requireNonNull(customer, "customer");
        requireNonNull(shippingAddress, "shippingAddress");
        lines = List.copyOf(requireNonNull(lines, "lines"));
        requireNonNull(payment, "payment");
        requireNonNull(totalAmount, "totalAmount");
        requireNonNull(currency, "currency");
        requireNonNull(receivedAt, "receivedAt");
    }

    /** An order without who entered it (as published before issue 13's staff KPIs, and by platforms). */
    public OrderReceived(
            UUID orderId,
            String orderNumber,
            int revision,
            SalesChannel channel,
            String externalOrderId,
            Customer customer,
            Address shippingAddress,
            List<Line> lines,
            Remarks remarks,
            Payment payment,
            BigDecimal totalAmount,
            String currency,
            Instant receivedAt,
            Charges charges,
            Platform platform,
            Replacement replacement) {
        this(
                orderId,
                orderNumber,
                revision,
                channel,
                externalOrderId,
                customer,
                shippingAddress,
                lines,
                remarks,
                payment,
                totalAmount,
                currency,
                receivedAt,
                charges,
                platform,
                replacement,
                null);
    }

    /** An order that replaces nothing (as published before issue 12's exchanges). */
    public OrderReceived(
            UUID orderId,
            String orderNumber,
            int revision,
            SalesChannel channel,
            String externalOrderId,
            Customer customer,
            Address shippingAddress,
            List<Line> lines,
            Remarks remarks,
            Payment payment,
            BigDecimal totalAmount,
            String currency,
            Instant receivedAt,
            Charges charges,
            Platform platform) {
        this(
                orderId,
                orderNumber,
                revision,
                channel,
                externalOrderId,
                customer,
                shippingAddress,
                lines,
                remarks,
                payment,
                totalAmount,
                currency,
                receivedAt,
                charges,
                platform,
                null);
    }

    /** An order without the platform's own facts (as published before issue 10). */
    public OrderReceived(
            UUID orderId,
            String orderNumber,
            int revision,
            SalesChannel channel,
            String externalOrderId,
            Customer customer,
            Address shippingAddress,
            List<Line> lines,
            Remarks remarks,
            Payment payment,
            BigDecimal totalAmount,
            String currency,
            Instant receivedAt,
            Charges charges) {
        this(
                orderId,
                orderNumber,
                revision,
                channel,
                externalOrderId,
                customer,
                shippingAddress,
                lines,
                remarks,
                payment,
                totalAmount,
                currency,
                receivedAt,
                charges,
                null);
    }

    /** An order without order-level charges. */
    public OrderReceived(
            UUID orderId,
            String orderNumber,
            int revision,
            SalesChannel channel,
            String externalOrderId,
            Customer customer,
            Address shippingAddress,
            List<Line> lines,
            Remarks remarks,
            Payment payment,
            BigDecimal totalAmount,
            String currency,
            Instant receivedAt) {
        this(
                orderId,
                orderNumber,
                revision,
                channel,
                externalOrderId,
                customer,
                shippingAddress,
                lines,
                remarks,
                payment,
                totalAmount,
                currency,
                receivedAt,
                null,
                null);
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return receivedAt;
    }

    /**
     * The order replaces goods a customer returned (issue 12, R-X6: an exchange): its zero prices are intended and
     * nothing is to be paid; returns decided the exchange.
     *
     * @param returnId the return ticket (returns-service) the exchange was decided on
     * @param originalOrderId the order whose goods came back
     */
    public record Replacement(UUID returnId, UUID originalOrderId) {
        public Replacement {
            requireNonNull(returnId, "returnId");
            requireNonNull(originalOrderId, "originalOrderId");
        }
    }

    /**
     * The member of staff who keyed the order in (issue 13, R-A7): set by order-intake for an order entered through
     * its REST API or a staff entry request, absent for platform webhooks, the storefront and exchanges' replacement
     * orders. Every revision of the order names who entered its first. Analytics counts orders entered and entry
     * accuracy per {@code user}.
     *
     * @param user the user name (the token's preferred_username)
     * @param roles the user's roles when entering it, sorted
     */
    public record EnteredBy(String user, List<String> roles) {
        public EnteredBy {
            requireNonNull(user, "user");
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** The customer; {@code pseudonym} is a stable keyed hash for consumers that must not see who it is. */
    public record Customer(String pseudonym, String name, String phone, String email) {
        public Customer {
            requireNonNull(pseudonym, "pseudonym");
            requireNonNull(name, "name");
        }
    }

    /** A postal address. */
    public record Address(
            String recipient,
            String line1,
            String line2,
            String city,
            String region,
            String postalCode,
            String country) {
        public Address {
            requireNonNull(line1, "line1");
            requireNonNull(city, "city");
            requireNonNull(postalCode, "postalCode");
            requireNonNull(country, "country");
        }
    }

    /**
     * One order line as the customer ordered it (R-I4).
     *
     * @param discount the channel's discount on the whole line (not per unit), if any
     * @param skuSource for platform orders: where {@code sku} came from; {@code UNMAPPED} means {@code sku} is only a
     *     placeholder naming the platform's ids (review holds the order until a clerk maps the line)
     * @param platformProductId the platform's product id, for platform orders
     * @param platformVariantId the platform's variant (WooCommerce: variation) id, if the product has variants
     * @param shopUnitPrice the unit price in the shop's currency ({@link Platform#shopCurrency()}), when the order was
     *     charged in another currency and the platform says what it is in the shop's
     * @param properties what the customer specified for this line on the platform (Shopify line item properties,
     *     WooCommerce line meta data), as given
     */
    public record Line(
            int lineNo,
            String sku,
            String productName,
            String specification,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal discount,
            SkuSource skuSource,
            String platformProductId,
            String platformVariantId,
            BigDecimal shopUnitPrice,
            List<Attribute> properties) {
        public Line {
            requireNonNull(sku, "sku");
            requireNonNull(productName, "productName");
            requireNonNull(unitPrice, "unitPrice");
            properties = properties == null ? null : List.copyOf(properties);
        }

        /** A line as published before issue 10: no platform ids. */
        public Line(
                int lineNo,
                String sku,
                String productName,
                String specification,
                int quantity,
                BigDecimal unitPrice,
                BigDecimal discount) {
            this(lineNo, sku, productName, specification, quantity, unitPrice, discount, null, null, null, null, null);
        }

        /** A line without a discount. */
        public Line(
                int lineNo, String sku, String productName, String specification, int quantity, BigDecimal unitPrice) {
            this(lineNo, sku, productName, specification, quantity, unitPrice, null);
        }

        /** True when the line has no real SKU yet (a placeholder naming the platform's ids). */
        public boolean unmapped() {
            return skuSource == SkuSource.UNMAPPED;
        }
    }

    /** A name and a value as the platform gave them (note attributes, line item properties, meta data). */
    public record Attribute(String name, String value) {
        public Attribute {
            requireNonNull(name, "name");
        }
    }

    /**
     * What the platform itself says about an order (issue 10), for orders from platforms; every field optional.
     *
     * @param orderName the platform's own order number as the merchant and customer see it (Shopify {@code #1001})
     * @param test true for a test order (Shopify {@code test}); review holds it, it is never fulfilled by itself
     * @param status the platform's status at creation (Shopify {@code financial_status}, WooCommerce {@code status})
     * @param cancelledAt set when the order was already cancelled on the platform when it reached us; intake asks for
     *     its cancellation at once and review holds it
     * @param cancelReason the platform's cancel reason, if any
     * @param charged what the platform charged, in {@code currency}: the truth of what the customer paid; our own
     *     figures ({@code totalAmount}, {@code charges}) are computed from the lines beside it
     * @param shopCurrency the currency the shop settles in on the platform (Shopify {@code shop_money}), when given
     * @param chargedInShopCurrency {@code charged} converted by the platform into {@code shopCurrency}, when the order
     *     was charged in another currency
     * @param discountCodes the discount (coupon) codes the customer used
     * @param attributes order-level attributes (Shopify {@code note_attributes}, WooCommerce order meta data without
     *     WooCommerce's own {@code _} keys), as given
     */
    public record Platform(
            String orderName,
            Boolean test,
            String status,
            Instant cancelledAt,
            String cancelReason,
            Amounts charged,
            String shopCurrency,
            Amounts chargedInShopCurrency,
            List<String> discountCodes,
            List<Attribute> attributes) {
        public Platform {
            discountCodes = discountCodes == null ? null : List.copyOf(discountCodes);
            attributes = attributes == null ? null : List.copyOf(attributes);
        }

        /** True for a test order. */
        public boolean testOrder() {
            return Boolean.TRUE.equals(test);
        }
    }

    /**
     * An order's amounts as a platform reports them.
     *
     * @param total what the customer was charged in all
     * @param subtotal the lines before discounts
     * @param discount all discounts (line and order level, coupons)
     * @param shipping shipping charged (after shipping discounts)
     * @param tax the tax the platform computed
     * @param taxIncluded true when the tax is included in the prices (not charged on top)
     * @param other what the platform charged besides lines, shipping and tax (fees, tips, duties)
     */
    public record Amounts(
            BigDecimal total,
            BigDecimal subtotal,
            BigDecimal discount,
            BigDecimal shipping,
            BigDecimal tax,
            Boolean taxIncluded,
            BigDecimal other) {
        public Amounts {
            requireNonNull(total, "total");
        }
    }

    /**
     * Order-level amounts besides the lines; each optional. The total is lines minus line discounts, plus
     * shipping, minus the order discount, plus {@code tax} when the channel charges tax on top of its prices
     * (whether it does varies by channel). For platform orders these are our figures, computed from the lines;
     * what the platform charged is {@link Platform#charged()}.
     */
    public record Charges(BigDecimal shipping, BigDecimal discount, BigDecimal tax) {}

    /** Special requests, gift note and requested ship date (R-I5); every field optional. */
    public record Remarks(String specialRequests, String giftNote, LocalDate requestedShipDate) {}

    /**
     * Payment as reported (R-I6); {@code paidAt} is absent for cash on delivery and before payment.
     *
     * @param amount what was paid (online), is to be collected (cash on delivery) or the plan's total
     * @param instalments the plan, for method INSTALMENTS only
     * @param confirmedBy who vouches for {@code paidAt}: {@code PLATFORM} (a signed platform webhook said the order
     *     is paid); absent when the payment is only as the caller reported it, which review does not trust: it waits
     *     for a capture on {@code payment-recorded}
     */
    public record Payment(
            PaymentMethod method, BigDecimal amount, Instant paidAt, Instalments instalments, String confirmedBy) {
        public Payment {
            requireNonNull(method, "method");
            requireNonNull(amount, "amount");
        }

        /** A payment as reported by the caller, not confirmed by anyone. */
        public Payment(PaymentMethod method, BigDecimal amount, Instant paidAt, Instalments instalments) {
            this(method, amount, paidAt, instalments, null);
        }

        /** A payment without an instalment plan, as reported by the caller. */
        public Payment(PaymentMethod method, BigDecimal amount, Instant paidAt) {
            this(method, amount, paidAt, null, null);
        }

        /** True when someone other than the caller vouches that the order is paid. */
        public boolean confirmed() {
            return confirmedBy != null && paidAt != null;
        }
    }

    /** An instalment plan: {@code count} payments of {@code amountPerInstalment}. */
    public record Instalments(int count, BigDecimal amountPerInstalment) {
        public Instalments {
            requireNonNull(amountPerInstalment, "amountPerInstalment");
            if (count < 2) {
                throw new IllegalArgumentException("an instalment plan has at least 2 instalments, was " + count);
            }
        }
    }
}

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
        Charges charges)
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
     */
    public record Line(
            int lineNo,
            String sku,
            String productName,
            String specification,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal discount) {
        public Line {
            requireNonNull(sku, "sku");
            requireNonNull(productName, "productName");
            requireNonNull(unitPrice, "unitPrice");
        }

        /** A line without a discount. */
        public Line(
                int lineNo, String sku, String productName, String specification, int quantity, BigDecimal unitPrice) {
            this(lineNo, sku, productName, specification, quantity, unitPrice, null);
        }
    }

    /**
     * Order-level amounts the channel reported besides the lines; each optional. The total is lines
     * minus line discounts, plus shipping, minus the order discount, plus {@code tax} when the channel
     * charges tax on top of its prices (whether it does varies by channel: {@code totalAmount} is what
     * the customer was charged).
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

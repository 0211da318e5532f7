package com.smartstore.oms.intake.rest;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.contracts.events.SkuSource;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.domain.CancellationStatus;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderShippingLine;
import com.smartstore.oms.intake.domain.OrderStatus;
import com.smartstore.oms.intake.domain.OrderStatusChange;
import com.smartstore.oms.kit.pii.PiiMask;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as the API shows it, with its history. */
public record OrderView(
        UUID id,
        String orderNumber,
        int revision,
        SalesChannel channel,
        String externalOrderId,
        OrderStatus status,
        CreateOrderRequest.Customer customer,
        CreateOrderRequest.Address shippingAddress,
        List<Line> lines,
        CreateOrderRequest.Remarks remarks,
        Payment payment,
        BigDecimal totalAmount,
        String currency,
        Instant receivedAt,
        String createdBy,
        List<HistoryEntry> history,
        BigDecimal discountAmount,
        BigDecimal shippingAmount,
        BigDecimal taxAmount,
        List<CreateOrderRequest.ShippingLine> shippingLines,
        Cancellation cancellation,
        OrderReceived.Platform platform) {

    /**
     * A line with the discount granted on it; {@code total} is what the customer pays for it. For platform orders
     * (issue 10): where the SKU came from ({@code UNMAPPED}: a placeholder; amend the line's SKU to map it), the
     * platform's product and variant ids, the unit price in the shop's currency and the customer's line properties.
     */
    public record Line(
            String sku,
            String productName,
            String specification,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal discount,
            BigDecimal total,
            int lineNo,
            SkuSource skuSource,
            String platformProductId,
            String platformVariantId,
            BigDecimal shopUnitPrice,
            List<OrderReceived.Attribute> properties) {}

    /**
     * Payment as reported (R-I6); {@code confirmedBy} says who vouches for {@code paidAt} ({@code PLATFORM}: a signed
     * platform webhook), null when only the caller said so.
     */
    public record Payment(
            PaymentMethod method,
            BigDecimal amount,
            Instant paidAt,
            CreateOrderRequest.Instalments instalments,
            String confirmedBy) {}

    /**
     * The latest cancellation request (R-I11) and shipping's answer: REQUESTED (status unchanged until shipping
     * answers), CONFIRMED (the order is CANCELLED) or REFUSED (with shipping's code and reason); null when none.
     */
    public record Cancellation(
            UUID requestId,
            CancellationStatus status,
            Instant requestedAt,
            String requestedBy,
            String reason,
            Instant answeredAt,
            String refusalCode,
            String refusalReason) {

        static Cancellation of(Order o) {
            return o.cancelStatus == null
                    ? null
                    : new Cancellation(
                            o.cancelRequestId,
                            o.cancelStatus,
                            o.cancelRequestedAt,
                            o.cancelRequestedBy,
                            o.cancelReason,
                            o.cancelAnsweredAt,
                            o.cancelRefusalCode,
                            o.cancelRefusalReason);
        }
    }

    public record HistoryEntry(OrderStatus status, int revision, Instant at, String by, String detail) {}

    /** Without history: for lists. */
    public static OrderView summary(Order o, boolean personalData) {
        return of(o, null, null, personalData);
    }

    /**
     * The order as a caller may see it: with {@code personalData} false, phone, e-mail, recipient, street lines
     * and postal code are masked (R-SEC1); city, region and country stay, as logistics and reports need them.
     */
    public static OrderView of(
            Order o, List<OrderStatusChange> history, List<OrderShippingLine> shipping, boolean personalData) {
        OrderView full = of(o, history, shipping);
        if (personalData) {
            return full;
        }
        var c = full.customer();
        var a = full.shippingAddress();
        return new OrderView(
                full.id(),
                full.orderNumber(),
                full.revision(),
                full.channel(),
                full.externalOrderId(),
                full.status(),
                new CreateOrderRequest.Customer(c.name(), PiiMask.phone(c.phone()), PiiMask.email(c.email())),
                new CreateOrderRequest.Address(
                        PiiMask.text(a.recipient()),
                        PiiMask.text(a.line1()),
                        PiiMask.text(a.line2()),
                        a.city(),
                        a.region(),
                        PiiMask.text(a.postalCode()),
                        a.country()),
                full.lines(),
                full.remarks(),
                full.payment(),
                full.totalAmount(),
                full.currency(),
                full.receivedAt(),
                full.createdBy(),
                full.history(),
                full.discountAmount(),
                full.shippingAmount(),
                full.taxAmount(),
                full.shippingLines(),
                full.cancellation(),
                full.platform());
    }

    private static OrderView of(Order o, List<OrderStatusChange> history, List<OrderShippingLine> shipping) {
        return new OrderView(
                o.id,
                o.orderNumber,
                o.revision,
                o.channel,
                o.externalOrderId,
                o.status,
                new CreateOrderRequest.Customer(o.customer.name, o.customer.phone, o.customer.email),
                new CreateOrderRequest.Address(
                        o.shipTo.recipient,
                        o.shipTo.line1,
                        o.shipTo.line2,
                        o.shipTo.city,
                        o.shipTo.region,
                        o.shipTo.postalCode,
                        o.shipTo.country),
                history == null
                        ? null
                        : o.lines.stream()
                                .map(l -> new Line(
                                        l.sku,
                                        l.productName,
                                        l.specification,
                                        l.quantity,
                                        l.unitPrice,
                                        l.discount,
                                        l.total(),
                                        l.lineNo,
                                        l.skuSource,
                                        l.platformProductId,
                                        l.platformVariantId,
                                        l.shopUnitPrice,
                                        l.properties()))
                                .toList(),
                new CreateOrderRequest.Remarks(o.specialRequests, o.giftNote, o.requestedShipDate),
                new Payment(
                        o.payment.method,
                        o.payment.amount,
                        o.payment.paidAt,
                        o.payment.instalmentCount == null
                                ? null
                                : new CreateOrderRequest.Instalments(
                                        o.payment.instalmentCount, o.payment.instalmentAmount),
                        o.payment.paidAt == null ? null : o.payment.confirmedBy),
                o.totalAmount,
                o.currency,
                o.receivedAt,
                o.createdBy,
                history == null
                        ? null
                        : history.stream()
                                .map(h -> new HistoryEntry(
                                        OrderStatus.valueOf(h.status), h.revision, h.occurredAt, h.actor, h.detail))
                                .toList(),
                o.discountAmount,
                o.shippingAmount,
                o.taxAmount,
                shipping == null
                        ? null
                        : shipping.stream()
                                .map(l -> new CreateOrderRequest.ShippingLine(l.title, l.code, l.amount))
                                .toList(),
                Cancellation.of(o),
                o.platform());
    }
}

package com.smartstore.oms.intake.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A customer order as intake owns it: what was ordered, by whom, how it is paid, and where it is now. */
@Entity
@Table(name = "orders")
public class Order {
    @Id
    public UUID id;

    @Column(name = "order_number")
    public String orderNumber;

    public int revision;

    @Enumerated(EnumType.STRING)
    public SalesChannel channel;

    @Column(name = "external_order_id")
    public String externalOrderId;

    @Enumerated(EnumType.STRING)
    public OrderStatus status;

    @Column(name = "customer_name")
    public String customerName;

    @Column(name = "customer_phone")
    public String customerPhone;

    @Column(name = "customer_email")
    public String customerEmail;

    @Column(name = "customer_pseudonym")
    public String customerPseudonym;

    @Column(name = "ship_recipient")
    public String shipRecipient;

    @Column(name = "ship_line1")
    public String shipLine1;

    @Column(name = "ship_line2")
    public String shipLine2;

    @Column(name = "ship_city")
    public String shipCity;

    @Column(name = "ship_region")
    public String shipRegion;

    @Column(name = "ship_postal_code")
    public String shipPostalCode;

    @Column(name = "ship_country")
    public String shipCountry;

    @Column(name = "special_requests")
    public String specialRequests;

    @Column(name = "gift_note")
    public String giftNote;

    @Column(name = "requested_ship_date")
    public LocalDate requestedShipDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method")
    public PaymentMethod paymentMethod;

    @Column(name = "payment_amount")
    public BigDecimal paymentAmount;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "total_amount")
    public BigDecimal totalAmount;

    /** Sum of the line discounts (already deducted from the lines). */
    @Column(name = "discount_amount")
    public BigDecimal discountAmount = BigDecimal.ZERO;

    /** Shipping charged to the customer; part of the total and of what is paid. */
    @Column(name = "shipping_amount")
    public BigDecimal shippingAmount = BigDecimal.ZERO;

    /** Tax charged on top of the prices (zero when prices include tax). */
    @Column(name = "tax_amount")
    public BigDecimal taxAmount = BigDecimal.ZERO;

    public String currency;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public int version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    public List<OrderLine> lines = new ArrayList<>();

    public void addLine(String sku, String productName, String specification, int quantity, BigDecimal unitPrice) {
        addLine(sku, productName, specification, quantity, unitPrice, BigDecimal.ZERO);
    }

    public void addLine(
            String sku,
            String productName,
            String specification,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal discount) {
        OrderLine line = new OrderLine();
        line.id = UUID.randomUUID();
        line.order = this;
        line.lineNo = lines.size() + 1;
        line.sku = sku;
        line.productName = productName;
        line.specification = specification;
        line.quantity = quantity;
        line.unitPrice = unitPrice;
        line.discount = discount == null ? BigDecimal.ZERO : discount;
        lines.add(line);
        recomputeTotal();
    }

    /** Sets the shipping charge and the tax on top, which the customer pays with the lines. */
    public void charge(BigDecimal shipping, BigDecimal tax) {
        shippingAmount = shipping == null ? BigDecimal.ZERO : shipping;
        taxAmount = tax == null ? BigDecimal.ZERO : tax;
        recomputeTotal();
    }

    private void recomputeTotal() {
        discountAmount = lines.stream().map(l -> l.discount).reduce(BigDecimal.ZERO, BigDecimal::add);
        totalAmount = lines.stream()
                .map(OrderLine::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(shippingAmount)
                .add(taxAmount);
    }

    /**
     * Applies a step reported downstream and returns the history entry to record, or nothing when the
     * event concerns an older revision (a corrected order replaced it); a null revision means the current one. Status only moves forward, so an
     * event that arrives late (topics are not ordered among each other) is recorded without moving it back.
     */
    public Optional<OrderStatusChange> advance(
            OrderStatus next, Integer eventRevision, Instant at, String actor, String detail) {
        if (eventRevision != null && eventRevision < revision) {
            return Optional.empty();
        }
        if (status.isBefore(next)) {
            status = next;
        }
        return Optional.of(OrderStatusChange.of(id, revision, next, at, actor, detail));
    }

    public OrderReceived toReceivedEvent() {
        return new OrderReceived(
                id,
                orderNumber,
                revision,
                channel,
                externalOrderId,
                new OrderReceived.Customer(customerPseudonym, customerName, customerPhone, customerEmail),
                new OrderReceived.Address(
                        shipRecipient, shipLine1, shipLine2, shipCity, shipRegion, shipPostalCode, shipCountry),
                lines.stream()
                        .map(l -> new OrderReceived.Line(
                                l.lineNo, l.sku, l.productName, l.specification, l.quantity, l.unitPrice))
                        .toList(),
                specialRequests == null && giftNote == null && requestedShipDate == null
                        ? null
                        : new OrderReceived.Remarks(specialRequests, giftNote, requestedShipDate),
                new OrderReceived.Payment(paymentMethod, paymentAmount, paidAt),
                totalAmount,
                currency,
                receivedAt);
    }
}

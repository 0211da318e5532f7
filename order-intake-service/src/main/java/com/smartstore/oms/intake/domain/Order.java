package com.smartstore.oms.intake.domain;

import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
    @Convert(converter = Encrypted.class)
    public String customerPhone;

    @Column(name = "customer_email")
    @Convert(converter = Encrypted.class)
    public String customerEmail;

    /** Keyed hash of the normalised phone, to search by it although the phone is encrypted. */
    @Column(name = "phone_hash")
    public String phoneHash;

    /** Keyed hash of the normalised e-mail. */
    @Column(name = "email_hash")
    public String emailHash;

    @Column(name = "customer_pseudonym")
    public String customerPseudonym;

    @Column(name = "ship_recipient")
    @Convert(converter = Encrypted.class)
    public String shipRecipient;

    @Column(name = "ship_line1")
    @Convert(converter = Encrypted.class)
    public String shipLine1;

    @Column(name = "ship_line2")
    @Convert(converter = Encrypted.class)
    public String shipLine2;

    @Column(name = "ship_city")
    @Convert(converter = Encrypted.class)
    public String shipCity;

    @Column(name = "ship_region")
    @Convert(converter = Encrypted.class)
    public String shipRegion;

    @Column(name = "ship_postal_code")
    @Convert(converter = Encrypted.class)
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

    /** The instalment plan (R-I6), for payment method INSTALMENTS: how many, and how much each. */
    @Column(name = "payment_instalments")
    public Integer instalmentCount;

    @Column(name = "payment_instalment_amount")
    public BigDecimal instalmentAmount;

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

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** The reviewer's rejection of the current revision (R-I9), for the clerks' correction list. */
    @Column(name = "rejection_code")
    public String rejectionCode;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "rejected_by")
    public String rejectedBy;

    @Column(name = "rejected_at")
    public Instant rejectedAt;

    @Version
    public int version;

    /** Lines removed from the list must also be removed from the session (see {@link #clearLines()}). */
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
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

    /** Sets the shipping address (R-I4): for a new order, a corrected revision or an amendment. */
    public void shipTo(
            String recipient,
            String line1,
            String line2,
            String city,
            String region,
            String postalCode,
            String country) {
        shipRecipient = recipient;
        shipLine1 = line1;
        shipLine2 = line2;
        shipCity = city;
        shipRegion = region;
        shipPostalCode = postalCode;
        shipCountry = country;
    }

    /**
     * Removes every line, before a corrected revision's lines are added, and returns them for the caller to
     * delete (no orphan removal: Hibernate Reactive fails on it).
     */
    public List<OrderLine> clearLines() {
        List<OrderLine> removed = List.copyOf(lines);
        lines.clear();
        recomputeTotal();
        return removed;
    }

    /** Changes a line in place (R-I10); quantity 0 removes it: then it is returned for the caller to delete. */
    public Optional<OrderLine> changeLine(
            OrderLine line, String sku, String productName, BigDecimal unitPrice, String spec, int qty) {
        if (qty == 0) {
            lines.remove(line);
            recomputeTotal();
            return Optional.of(line);
        } else {
            line.sku = sku;
            line.productName = productName;
            line.unitPrice = unitPrice;
            line.specification = spec;
            line.quantity = qty;
        }
        recomputeTotal();
        return Optional.empty();
    }

    /** Why the order can no longer be cancelled, if it cannot (R-I11: only until it ships). */
    public Optional<String> cancelRefusal() {
        return switch (status) {
            case SHIPPED -> Optional.of("SHIPPED: the order has shipped; start a return instead");
            case CANCELLED -> Optional.of("CANCELLED: the order was cancelled already");
            default -> Optional.empty();
        };
    }

    /** Why the shipping address or contact can no longer change, if they cannot: only until the order ships. */
    public Optional<String> contactChangeRefusal() {
        return status.isAtLeast(OrderStatus.SHIPPED)
                ? Optional.of(status + ": address and contact can change only until the order ships")
                : Optional.empty();
    }

    /** Why lines can no longer change, if they cannot: only until the order is picked. */
    public Optional<String> lineChangeRefusal() {
        return status.isAtLeast(OrderStatus.PICKED)
                ? Optional.of(status + ": lines can change only until the order is picked")
                : Optional.empty();
    }

    /** Cancels the order; the caller has checked {@link #cancelRefusal()}. */
    public OrderCancelled cancel(String reason, String by, Instant at) {
        OrderStatus before = status;
        status = OrderStatus.CANCELLED;
        cancelledAt = at;
        cancelledBy = by;
        cancelReason = reason;
        return new OrderCancelled(id, orderNumber, before.name(), reason, by, at);
    }

    /** Starts the next revision after a rejection (R-I9): reviewed again as new work. */
    public void resubmit() {
        revision++;
        status = OrderStatus.RECEIVED;
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
        return toReceivedEvent(receivedAt);
    }

    /** The event of the current revision; a corrected revision is received when it is resubmitted. */
    public OrderReceived toReceivedEvent(Instant revisionReceivedAt) {
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
                                l.lineNo,
                                l.sku,
                                l.productName,
                                l.specification,
                                l.quantity,
                                l.unitPrice,
                                l.discount.signum() == 0 ? null : l.discount))
                        .toList(),
                specialRequests == null && giftNote == null && requestedShipDate == null
                        ? null
                        : new OrderReceived.Remarks(specialRequests, giftNote, requestedShipDate),
                new OrderReceived.Payment(
                        paymentMethod,
                        paymentAmount,
                        paidAt,
                        instalmentCount == null
                                ? null
                                : new OrderReceived.Instalments(instalmentCount, instalmentAmount)),
                totalAmount,
                currency,
                revisionReceivedAt,
                new OrderReceived.Charges(shippingAmount, BigDecimal.ZERO, taxAmount));
    }
}

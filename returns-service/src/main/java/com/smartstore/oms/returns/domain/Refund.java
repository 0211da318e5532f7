package com.smartstore.oms.returns.domain;

import com.smartstore.oms.contracts.events.RefundIssued;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.persistence.JsonColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A refund of a return's eligible goods (R-X4..R-X6): the amounts after-sales issued, and finance's confirmation of
 * the payout (R-X5 reconciliation: issued vs confirmed).
 */
@Entity
@Table(name = "refund")
public class Refund {
    @Id
    public UUID id;

    @Column(name = "return_id")
    public UUID returnId;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "order_number")
    public String orderNumber;

    public String currency;

    @Column(name = "goods_amount")
    public BigDecimal goodsAmount;

    @Column(name = "restocking_fee")
    public BigDecimal restockingFee;

    @Column(name = "shipping_refund")
    public BigDecimal shippingRefund;

    public BigDecimal amount;

    @Convert(converter = Lines.class)
    public List<RefundCalculation.Line> lines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public RefundStatus status;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "payout_reference")
    public String payoutReference;

    @Version
    public int version;

    static Refund issue(ReturnTicket ticket, RefundCalculation.Refund computed, String by, Instant at) {
        Refund refund = new Refund();
        refund.id = UUID.randomUUID();
        refund.returnId = ticket.id;
        refund.orderId = ticket.orderId;
        refund.orderNumber = ticket.orderNumber;
        refund.currency = computed.currency();
        refund.goodsAmount = computed.goods();
        refund.restockingFee = computed.restockingFee();
        refund.shippingRefund = computed.shipping();
        refund.amount = computed.total();
        refund.lines = new ArrayList<>(computed.lines());
        refund.status = RefundStatus.REQUESTED;
        refund.issuedBy = by;
        refund.issuedAt = at;
        return refund;
    }

    /** Finance confirms the payout, once (409 {@code refund-already-confirmed} after). */
    public void confirm(String reference, String by, Instant at) {
        if (status == RefundStatus.CONFIRMED) {
            throw Refusal.conflict(
                    "refund-already-confirmed",
                    "refund " + id + " was confirmed at " + confirmedAt + " by " + confirmedBy);
        }
        status = RefundStatus.CONFIRMED;
        payoutReference = reference == null || reference.isBlank() ? null : reference.trim();
        confirmedBy = by;
        confirmedAt = at;
    }

    public RefundIssued toIssuedEvent() {
        return new RefundIssued(
                id,
                returnId,
                orderId,
                orderNumber,
                amount,
                currency,
                goodsAmount,
                restockingFee,
                shippingRefund,
                lines.stream()
                        .map(l -> new RefundIssued.Line(l.sku(), l.quantity(), l.amount()))
                        .toList(),
                issuedBy,
                issuedAt);
    }

    /** The refunded lines as JSON. */
    @Converter
    public static class Lines extends JsonColumn.ListOf<RefundCalculation.Line> {
        public Lines() {
            super(RefundCalculation.Line.class);
        }
    }
}

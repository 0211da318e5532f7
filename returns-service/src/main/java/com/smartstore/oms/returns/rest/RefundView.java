package com.smartstore.oms.returns.rest;

import com.smartstore.oms.returns.domain.Refund;
import com.smartstore.oms.returns.domain.RefundCalculation;
import com.smartstore.oms.returns.domain.RefundStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A refund for finance's reconciliation (R-X5): what was issued, and whether and when its payout was confirmed. */
public record RefundView(
        UUID id,
        UUID returnId,
        UUID orderId,
        String orderNumber,
        BigDecimal amount,
        String currency,
        BigDecimal goodsAmount,
        BigDecimal restockingFee,
        BigDecimal shippingRefund,
        List<RefundCalculation.Line> lines,
        RefundStatus status,
        String issuedBy,
        Instant issuedAt,
        BigDecimal confirmedAmount,
        String confirmedBy,
        Instant confirmedAt,
        String payoutReference) {

    public static RefundView of(Refund r) {
        return new RefundView(
                r.id,
                r.returnId,
                r.orderId,
                r.orderNumber,
                r.amount,
                r.currency,
                r.goodsAmount,
                r.restockingFee,
                r.shippingRefund,
                r.lines,
                r.status,
                r.issuedBy,
                r.issuedAt,
                r.status == RefundStatus.CONFIRMED ? r.amount : BigDecimal.ZERO.setScale(r.amount.scale()),
                r.confirmedBy,
                r.confirmedAt,
                r.payoutReference);
    }
}

package com.smartstore.oms.intake.rest;

import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.intake.domain.Payment;
import com.smartstore.oms.intake.domain.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A recorded payment, with the anomaly it revealed if any; the same answer for every delivery of it. */
public record PaymentView(
        UUID id,
        UUID orderId,
        String provider,
        String paymentId,
        PaymentStatus status,
        BigDecimal amount,
        String currency,
        PaymentMethod method,
        Integer instalmentNumber,
        Instant paidAt,
        String failureReason,
        String anomaly,
        String recordedBy,
        Instant recordedAt) {

    public static PaymentView of(Payment p) {
        return new PaymentView(
                p.id,
                p.orderId,
                p.provider,
                p.providerPaymentId,
                p.status,
                p.amount,
                p.currency,
                p.method,
                p.instalmentNumber,
                p.paidAt,
                p.failureReason,
                p.anomaly,
                p.recordedBy,
                p.recordedAt);
    }
}

package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment of an order was recorded from a trusted source (R-I6, R-E6): a signed payment-provider webhook or
 * finance. Review decides payment completeness from these, never from what an order's caller claims; a FAILED
 * payment after approval holds the order before picking.
 *
 * @param source {@code PROVIDER} (signed webhook) or {@code FINANCE} (recorded by a finance user)
 * @param instalmentNumber which instalment this pays, for instalment plans
 * @param capturedTotal everything captured for the order so far, net of refunds, including this payment
 */
public record PaymentRecorded(
        UUID orderId,
        String orderNumber,
        UUID paymentId,
        PaymentResult result,
        PaymentMethod method,
        BigDecimal amount,
        String currency,
        Integer instalmentNumber,
        BigDecimal capturedTotal,
        String source,
        String provider,
        String failureReason,
        Instant recordedAt)
        implements OmsEvent {

    public PaymentRecorded {
        requireNonNull(orderId, "orderId");
        requireNonNull(orderNumber, "orderNumber");
        requireNonNull(paymentId, "paymentId");
        requireNonNull(result, "result");
        requireNonNull(method, "method");
        requireNonNull(amount, "amount");
        requireNonNull(capturedTotal, "capturedTotal");
        requireNonNull(source, "source");
        requireNonNull(recordedAt, "recordedAt");
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return recordedAt;
    }
}

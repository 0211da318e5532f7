package com.smartstore.oms.intake.domain;

import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.PaymentRecorded;
import com.smartstore.oms.contracts.events.PaymentResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One payment against an order (R-I6), as a provider or finance reported it; unique per provider payment id
 * so a provider's retries record it once.
 */
@Entity
@Table(name = "payment")
public class Payment {
    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    public String provider;

    @Column(name = "provider_payment_id")
    public String providerPaymentId;

    @Enumerated(EnumType.STRING)
    public PaymentStatus status;

    public BigDecimal amount;

    public String currency;

    @Enumerated(EnumType.STRING)
    public PaymentMethod method;

    /** Which instalment of the plan this pays (1-based), for method INSTALMENTS. */
    @Column(name = "instalment_number")
    public Integer instalmentNumber;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "failure_reason")
    public String failureReason;

    /** The anomaly this payment revealed (R-E6), if any: PAYMENT_FAILED, DUPLICATE_PAYMENT, AMOUNT_MISMATCH. */
    public String anomaly;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** Who recorded a payment: a signed provider webhook, or a finance user. Both are trusted by review. */
    public enum Source {
        PROVIDER,
        FINANCE
    }

    /**
     * What is captured for the order with this payment: captures minus refunds (failed payments count nothing).
     *
     * @param earlier the order's payments recorded before this one
     */
    public BigDecimal capturedTotal(List<Payment> earlier) {
        BigDecimal total = BigDecimal.ZERO;
        for (Payment p : earlier) {
            total = total.add(p.signedAmount());
        }
        return total.add(signedAmount());
    }

    private BigDecimal signedAmount() {
        return switch (status) {
            case CAPTURED -> amount;
            case REFUNDED -> amount.negate();
            case FAILED -> BigDecimal.ZERO;
        };
    }

    /** The {@code payment-recorded} event review decides payment completeness from (R-R1, R-E6). */
    public PaymentRecorded toRecordedEvent(String orderNumber, BigDecimal capturedTotal, Source source) {
        return new PaymentRecorded(
                orderId,
                orderNumber,
                id,
                PaymentResult.valueOf(status.name()),
                method,
                amount,
                currency,
                instalmentNumber,
                capturedTotal,
                source.name(),
                provider,
                failureReason,
                recordedAt);
    }
}

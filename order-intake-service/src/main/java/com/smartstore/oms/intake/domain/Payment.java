package com.smartstore.oms.intake.domain;

import com.smartstore.oms.contracts.events.PaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
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
}

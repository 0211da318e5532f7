package com.smartstore.oms.intake.domain;

import com.smartstore.oms.contracts.events.PaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;

/** How the order is paid (R-I6): method, amount, when it was paid, and the instalment plan if there is one. */
@Embeddable
public class PaymentPlan {
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method")
    public PaymentMethod method;

    @Column(name = "payment_amount")
    public BigDecimal amount;

    @Column(name = "paid_at")
    public Instant paidAt;

    /** For payment method INSTALMENTS: how many, and how much each. */
    @Column(name = "payment_instalments")
    public Integer instalmentCount;

    @Column(name = "payment_instalment_amount")
    public BigDecimal instalmentAmount;

    /** Who vouches for {@code paidAt}: {@code PLATFORM} (a signed platform webhook said paid); null: the caller only. */
    @Column(name = "payment_confirmed_by")
    public String confirmedBy;
}

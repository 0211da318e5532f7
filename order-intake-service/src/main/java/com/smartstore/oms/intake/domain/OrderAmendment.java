package com.smartstore.oms.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A customer's change applied to an order in progress (R-I10): what changed, why, who applied it and when. */
@Entity
@Table(name = "order_amendment")
public class OrderAmendment {
    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    public int revision;

    /** Comma-separated: {@code shippingAddress}, {@code contact}, {@code lines}. */
    public String changed;

    public String reason;

    /** The change as JSON, personal values masked (the order itself holds them, encrypted). */
    public String details;

    @Column(name = "amended_by")
    public String amendedBy;

    @Column(name = "amended_at")
    public Instant amendedAt;
}

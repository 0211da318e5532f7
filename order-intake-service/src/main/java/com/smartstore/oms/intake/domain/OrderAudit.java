package com.smartstore.oms.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One change to an order, attributable (R-SEC3): who, with which roles, when, and the changed fields before
 * and after (JSON, personal values masked so the audit trail is no second copy of them).
 */
@Entity
@Table(name = "order_audit")
public class OrderAudit {
    /** What kind of change it was. */
    public enum Action {
        CREATED,
        STATUS,
        AMENDED,
        /** A cancellation was requested (R-I11); shipping answers it. */
        CANCEL_REQUESTED,
        /** Shipping confirmed a cancellation. */
        CANCELLED,
        /** Shipping refused a cancellation: a parcel had left. */
        CANCEL_REFUSED,
        CORRECTED,
        PAYMENT,
        /** The customer's personal data was erased at their request (a platform's redaction). */
        REDACTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id")
    public UUID orderId;

    public int revision;

    public String action;

    public String actor;

    public String roles;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "before_state")
    public String beforeState;

    @Column(name = "after_state")
    public String afterState;
}

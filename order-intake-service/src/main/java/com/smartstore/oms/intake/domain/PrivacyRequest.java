package com.smartstore.oms.intake.domain;

import com.smartstore.oms.kit.pii.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A platform's privacy request (Shopify's mandatory {@code customers/data_request}, {@code customers/redact},
 * {@code shop/redact}) and what intake did about it, for staff: the orders it concerns, and whether something is left
 * for a person to do (send the export; decide about orders still in progress or a whole shop's data).
 */
@Entity
@Table(name = "privacy_request")
public class PrivacyRequest {
    /** What the platform asks for. */
    public enum Kind {
        /** The customer asked the merchant for their data: staff export the listed orders to the customer. */
        DATA_REQUEST,
        /** Erase a customer's personal data: intake pseudonymises their finished orders at once. */
        CUSTOMER_REDACT,
        /** The shop uninstalled the app 48 hours ago: erase the shop's customer data (an admin decides, see docs). */
        SHOP_REDACT
    }

    /** Whether staff still have something to do. */
    public enum Status {
        OPEN,
        DONE
    }

    @Id
    public UUID id;

    public String source;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** One request however often it is delivered: the platform's request id, else the delivery id or body hash. */
    @Column(name = "dedupe_key")
    public String dedupeKey;

    public String shop;

    @Column(name = "platform_customer_id")
    public String platformCustomerId;

    @Column(name = "customer_email")
    @Convert(converter = Encrypted.class)
    public String customerEmail;

    @Column(name = "customer_phone")
    @Convert(converter = Encrypted.class)
    public String customerPhone;

    @Column(name = "platform_request_id")
    public String platformRequestId;

    /** The orders it concerns and what became of each, as JSON. */
    public String orders;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** Shopify expects the merchant to act within 30 days. */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    public String note;

    /** Staff did what was left (sent the export, decided about the rest); 409 for a request closed already. */
    public void close(String by, String why, Instant at) {
        status = Status.DONE;
        closedBy = by;
        closedAt = at;
        note = why;
    }
}

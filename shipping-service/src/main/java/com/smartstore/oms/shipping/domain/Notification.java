package com.smartstore.oms.shipping.domain;

import com.smartstore.oms.kit.pii.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A mail to a customer about their shipment (R-S3), written in the transaction of the dispatch or tracking update
 * that causes it and sent later by a scheduled sender, like an outbox: a mail server that is down delays the mail,
 * never the shipping. Rendered when it is written (the facts of that moment, in the customer's language); the
 * recipient and the body are personal data, stored encrypted and erased with the customer's data.
 */
@Entity
public class Notification {
    /** Longest kept text of a mail server's refusal. */
    static final int MAX_ERROR = 500;

    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "order_number")
    public String orderNumber;

    @Column(name = "shipment_id")
    public UUID shipmentId;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    /** What caused it; one notification per cause and shipment ({@link CustomerNotice#cause()}). */
    public String cause;

    public String language;

    /** The customer's e-mail address; null when the order has none, {@code [redacted]} once erased. */
    @Convert(converter = Encrypted.class)
    public String recipient;

    public String subject;

    /** The rendered mail (HTML); null once the customer's data was erased. */
    @Convert(converter = Encrypted.class)
    public String body;

    @Enumerated(EnumType.STRING)
    public NotificationStatus status;

    /** How many times sending was tried. */
    public int attempts;

    /** When the sender tries (again); null once it is sent or given up. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    /** Why the last attempt failed (the mail server's answer), or why nothing is sent. */
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** When it was given up after its last attempt. */
    @Column(name = "failed_at")
    public Instant failedAt;

    @Version
    public int version;

    /**
     * A mail to send as soon as possible; one without an address is recorded as SKIPPED (customer service sees that
     * the customer was not told).
     */
    public static Notification of(
            Shipment shipment,
            CustomerNotice notice,
            String language,
            String recipient,
            String subject,
            String body,
            Instant now) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.orderId = shipment.orderId;
        n.orderNumber = shipment.orderNumber;
        n.shipmentId = shipment.id;
        n.kind = notice.kind();
        n.cause = notice.cause();
        n.language = language;
        n.subject = subject;
        n.createdAt = now;
        if (recipient == null || recipient.isBlank()) {
            n.status = NotificationStatus.SKIPPED;
            n.lastError = "the order has no e-mail address";
            return n;
        }
        n.recipient = recipient.trim();
        n.body = body;
        n.status = NotificationStatus.PENDING;
        n.nextAttemptAt = now;
        return n;
    }

    /**
     * The mail could not be written (a template broke): recorded as FAILED at once, so that customer service sees the
     * customer was not told, and the change that caused it (a dispatch) goes on.
     */
    public void unrendered(String error, Instant at) {
        body = null;
        status = NotificationStatus.FAILED;
        failedAt = at;
        nextAttemptAt = null;
        lastError = error == null ? "could not render the mail" : truncate("could not render the mail: " + error);
    }

    private static String truncate(String text) {
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    /** The mail server took it. */
    public void sent(Instant at) {
        attempts++;
        lastAttemptAt = at;
        status = NotificationStatus.SENT;
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** The mail server refused it or could not be reached: tried again after a backoff, or given up. */
    public void attemptFailed(String error, Instant at, RetryPolicy retries) {
        attempts++;
        lastAttemptAt = at;
        lastError =
                error == null ? "unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (retries.mayRetry(attempts)) {
            nextAttemptAt = at.plus(retries.backoff(attempts));
        } else {
            status = NotificationStatus.FAILED;
            failedAt = at;
            nextAttemptAt = null;
        }
    }

    /**
     * Erases the customer's address and the mail (a customer's redaction, issue 10); one not sent yet is not sent.
     */
    public void redact() {
        if (recipient != null) {
            recipient = ShipTo.REDACTED;
        }
        body = null;
        if (status == NotificationStatus.PENDING) {
            status = NotificationStatus.CANCELLED;
            nextAttemptAt = null;
            lastError = "not sent: the customer's personal data was erased";
        }
    }
}

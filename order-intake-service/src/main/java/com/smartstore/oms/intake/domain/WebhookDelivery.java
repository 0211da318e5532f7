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

/** One authenticated webhook delivery as it arrived, and what became of it (audit, inspection of rejects). */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
    /** What a delivery led to. */
    public enum Outcome {
        /** It created the order. */
        CREATED,
        /** The order (or the intake case of the platform order) existed already: a retry or a concurrent duplicate. */
        DUPLICATE,
        /** Its body is not JSON (answered 400); nothing was made of it. */
        REJECTED,
        /** A topic intake does not act on (yet): acknowledged and kept, nothing else. */
        IGNORED,
        /** It could not become a clean order: it opened a DATA_ERROR intake case for a clerk. */
        CASE_OPENED,
        /** A change on the platform (cancellation, amendment, payment, refund) was applied to the order. */
        APPLIED,
        /** A change on the platform that asks nothing of the order (it says what the order says already). */
        UNCHANGED,
        /** An update older than the newest one acted on for the order: ignored. */
        STALE,
        /** A change the lifecycle refused (e.g. a cancellation after dispatch); the reason is in the order's history. */
        NOT_APPLIED,
        /** A change of an order intake never received, that carries no order to take: kept for staff, nothing else. */
        UNKNOWN_ORDER,
        /** A privacy request (export or erasure of a customer's data): recorded for staff, erasure done. */
        PRIVACY_REQUEST
    }

    @Id
    public UUID id;

    public String source;

    @Column(name = "delivery_id")
    public String deliveryId;

    /** The shop that sent it (Shopify shop domain, WooCommerce site URL). */
    public String origin;

    public String topic;

    /** The headers that matter for audit, as JSON. */
    public String headers;

    /** The raw body: it holds the customer's contact and address, so it is encrypted at rest (R-SEC1). */
    @Convert(converter = Encrypted.class)
    public String payload;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public String problem;

    @Column(name = "external_order_id")
    public String externalOrderId;

    @Column(name = "order_id")
    public UUID orderId;

    /** The intake case it opened or was a redelivery of. */
    @Column(name = "case_id")
    public UUID caseId;

    /** What a later-life delivery was answered (JSON), so its redelivery is answered the same. */
    public String result;

    /** A copy with a fresh id, for recording the same delivery in another transaction. */
    public WebhookDelivery copy() {
        WebhookDelivery d = new WebhookDelivery();
        d.id = UUID.randomUUID();
        d.source = source;
        d.deliveryId = deliveryId;
        d.origin = origin;
        d.topic = topic;
        d.headers = headers;
        d.payload = payload;
        d.receivedAt = receivedAt;
        d.outcome = outcome;
        d.problem = problem;
        d.externalOrderId = externalOrderId;
        d.orderId = orderId;
        d.caseId = caseId;
        d.result = result;
        return d;
    }
}

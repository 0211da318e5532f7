package com.smartstore.oms.intake.domain;

import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.kit.pii.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An authentic platform delivery that could not become a clean order (issue 10): an intake exception of type
 * DATA_ERROR that an order clerk works. It keeps the raw payload, every problem found and the order as far as it was
 * mapped (the draft); the clerk completes the draft to create the order from it, or dismisses the case with a reason.
 * One case per platform order, however often it is delivered.
 */
@Entity
@Table(name = "intake_case")
public class IntakeCase {
    /** Where a case stands. */
    public enum Status {
        /** Waiting for a clerk. */
        OPEN,
        /** A clerk created the order from it. */
        RESOLVED,
        /** A clerk decided no order is to be made of it (e.g. a platform's test delivery), with a reason. */
        DISMISSED
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ExceptionType type;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** The webhook source ({@code shopify}, {@code woocommerce}, {@code generic}). */
    public String source;

    @Enumerated(EnumType.STRING)
    public SalesChannel channel;

    @Column(name = "external_order_id")
    public String externalOrderId;

    /** Channel and platform order id (or a hash of the body without one): one case per platform order. */
    @Column(name = "dedupe_key")
    public String dedupeKey;

    /** The problems found, as a JSON list of texts; they may quote the customer's data, so encrypted. */
    @Convert(converter = Encrypted.class)
    public String problems;

    /** The raw body as the platform signed it; encrypted (R-SEC1), which also makes any byte in it storable. */
    @Convert(converter = Encrypted.class)
    public String payload;

    /** The order as far as it was mapped (JSON of the order request), or null when nothing could be mapped. */
    @Convert(converter = Encrypted.class)
    public String draft;

    /** The currency the order was charged in, as the platform said. */
    public String currency;

    /** The platform's own facts about the order (JSON of OrderReceived.Platform), as far as mapped. */
    @Column(name = "platform_facts")
    public String platformFacts;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** When the clerk is to have entered the order (R-I7: oms.sla.entry-minutes after receipt). */
    public Instant deadline;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** What the clerk did: the order entered, or why the case was dismissed. */
    public String resolution;

    /** A new DATA_ERROR case, due {@code entryTime} after it was received. */
    public static IntakeCase open(
            String source,
            SalesChannel channel,
            String externalOrderId,
            String dedupeKey,
            Instant receivedAt,
            Duration entryTime) {
        IntakeCase c = new IntakeCase();
        c.id = UUID.randomUUID();
        c.type = ExceptionType.DATA_ERROR;
        c.status = Status.OPEN;
        c.source = source;
        c.channel = channel;
        c.externalOrderId = externalOrderId;
        c.dedupeKey = dedupeKey;
        c.receivedAt = receivedAt;
        c.deadline = receivedAt.plus(entryTime);
        return c;
    }

    public boolean isOverdue(Instant now) {
        return status == Status.OPEN && now.isAfter(deadline);
    }

    /** Why the case cannot be worked any more, if it cannot: only an open case is. */
    public Optional<String> closedReason() {
        return status == Status.OPEN
                ? Optional.empty()
                : Optional.of("Intake case " + id + " is " + status + " already (" + resolution + ", by " + resolvedBy
                        + " at " + resolvedAt + ")");
    }

    /** A clerk created the order from the case. */
    public void resolve(UUID order, String orderNumber, String by, Instant at) {
        status = Status.RESOLVED;
        orderId = order;
        resolvedBy = by;
        resolvedAt = at;
        resolution = "order " + orderNumber + " entered";
    }

    /** A clerk decided that no order is to be made of it. */
    public void dismiss(String reason, String by, Instant at) {
        status = Status.DISMISSED;
        resolvedBy = by;
        resolvedAt = at;
        resolution = "dismissed: " + reason;
    }
}

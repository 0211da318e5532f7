package com.smartstore.oms.intake.domain;

import com.smartstore.oms.kit.pii.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An order taken by customer service or sales and passed on for entry (R-I2, R-I3), with the deadline to
 * enter it (R-I7). Entering it closes it and records whether, and by how much, it was late.
 */
@Entity
@Table(name = "entry_request")
public class EntryRequest {
    @Id
    public UUID id;

    @Column(name = "customer_name")
    public String customerName;

    /** Phone or e-mail as the customer gave it; encrypted at rest. */
    @Convert(converter = Encrypted.class)
    public String contact;

    /** What the customer asked for. */
    public String requested;

    @Convert(converter = Encrypted.class)
    public String notes;

    @Column(name = "filed_by")
    public String filedBy;

    @Column(name = "filed_at")
    public Instant filedAt;

    public Instant deadline;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "entered_by")
    public String enteredBy;

    @Column(name = "entered_at")
    public Instant enteredAt;

    public Boolean late;

    @Column(name = "late_minutes")
    public Integer lateMinutes;

    /** When the deadline passed unentered was detected and published; set once. */
    @Column(name = "breached_at")
    public Instant breachedAt;

    public boolean isOpen() {
        return orderId == null;
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && now.isAfter(deadline);
    }

    /** Closes the request with the order entered from it, recording lateness in whole minutes (rounded up). */
    public void enter(UUID order, String by, Instant at) {
        orderId = order;
        enteredBy = by;
        enteredAt = at;
        late = at.isAfter(deadline);
        long seconds = late ? Duration.between(deadline, at).toSeconds() : 0;
        lateMinutes = (int) ((seconds + 59) / 60);
    }
}

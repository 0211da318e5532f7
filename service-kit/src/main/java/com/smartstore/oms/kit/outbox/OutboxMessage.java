package com.smartstore.oms.kit.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the {@code outbox} table: one event waiting to be published (written, never read, through Hibernate). */
@Entity
@Table(name = "outbox")
public class OutboxMessage {
    @Id
    public UUID id;

    public String topic;

    @Column(name = "event_key")
    public String eventKey;

    @Column(name = "ce_type")
    public String ceType;

    @Column(name = "ce_source")
    public String ceSource;

    @Column(name = "ce_subject")
    public String ceSubject;

    @Column(name = "ce_time")
    public Instant ceTime;

    public String payload;
}

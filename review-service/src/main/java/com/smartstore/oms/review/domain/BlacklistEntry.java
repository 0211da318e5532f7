package com.smartstore.oms.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A blacklisted phone, e-mail or address. Only its keyed hash is stored (R-SEC1), so the list cannot
 * leak who is on it; the masked hint lets a manager recognise the entry.
 */
@Entity
@Table(name = "blacklist_entry")
public class BlacklistEntry {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public BlacklistKind kind;

    @Column(name = "value_hash")
    public String valueHash;

    public String hint;
    public String reason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    public static BlacklistEntry of(
            BlacklistKind kind, String valueHash, String hint, String reason, String by, Instant at) {
        BlacklistEntry entry = new BlacklistEntry();
        entry.id = UUID.randomUUID();
        entry.kind = kind;
        entry.valueHash = valueHash;
        entry.hint = hint;
        entry.reason = reason;
        entry.createdBy = by;
        entry.createdAt = at;
        return entry;
    }
}

package com.smartstore.oms.review.rest;

import com.smartstore.oms.review.domain.BlacklistEntry;
import com.smartstore.oms.review.domain.BlacklistKind;
import java.time.Instant;
import java.util.UUID;

/** A blacklist entry as people see it: the kind and a masked hint, never the value. */
public record BlacklistView(
        UUID id, BlacklistKind kind, String hint, String reason, String createdBy, Instant createdAt) {
    public static BlacklistView of(BlacklistEntry e) {
        return new BlacklistView(e.id, e.kind, e.hint, e.reason, e.createdBy, e.createdAt);
    }
}

package com.smartstore.oms.intake.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.smartstore.oms.intake.domain.OrderAudit;
import java.time.Instant;
import java.util.List;

/** One audit entry of an order: who (and as what), when, which change, and the changed fields before/after. */
public record AuditEntryView(
        String action,
        int revision,
        String by,
        List<String> roles,
        Instant at,
        @JsonRawValue String before,
        @JsonRawValue String after) {

    static AuditEntryView of(OrderAudit a) {
        return new AuditEntryView(
                a.action,
                a.revision,
                a.actor,
                a.roles.isEmpty() ? List.of() : List.of(a.roles.split(",")),
                a.occurredAt,
                a.beforeState,
                a.afterState);
    }
}

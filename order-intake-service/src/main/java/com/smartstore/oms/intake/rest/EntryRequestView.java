package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.domain.EntryRequest;
import java.time.Instant;
import java.util.UUID;

/** An entry request with its deadline, whether it is overdue, and once entered, the order and its lateness. */
public record EntryRequestView(
        UUID id,
        String customerName,
        String contact,
        String requested,
        String notes,
        String filedBy,
        Instant filedAt,
        Instant deadline,
        boolean overdue,
        Instant breachedAt,
        UUID orderId,
        String enteredBy,
        Instant enteredAt,
        Boolean late,
        Integer lateMinutes) {

    static EntryRequestView of(EntryRequest r, Instant now) {
        return new EntryRequestView(
                r.id,
                r.customerName,
                r.contact,
                r.requested,
                r.notes,
                r.filedBy,
                r.filedAt,
                r.deadline,
                r.isOverdue(now),
                r.breachedAt,
                r.orderId,
                r.enteredBy,
                r.enteredAt,
                r.late,
                r.lateMinutes);
    }
}

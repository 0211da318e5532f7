package com.smartstore.oms.intake.rest;

import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.domain.IntakeCase;
import com.smartstore.oms.intake.domain.IntakeCaseAudit;
import com.smartstore.oms.intake.domain.PlatformDetails;
import com.smartstore.oms.intake.service.IntakeCases;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A DATA_ERROR intake case as clerks see it: what was wrong, the order as far as it was mapped ({@code draft}: the
 * body to complete and post to {@code POST /api/intake-cases/{id}/order}), the raw payload the platform signed, and
 * its history. Lists leave out draft, payload, platform and history.
 */
public record IntakeCaseView(
        UUID id,
        ExceptionType type,
        IntakeCase.Status status,
        String source,
        SalesChannel channel,
        String externalOrderId,
        List<String> problems,
        String currency,
        Instant receivedAt,
        Instant deadline,
        boolean overdue,
        UUID orderId,
        String resolvedBy,
        Instant resolvedAt,
        String resolution,
        CreateOrderRequest draft,
        OrderReceived.Platform platform,
        String payload,
        List<HistoryEntry> history) {

    /** One step of the case. */
    public record HistoryEntry(String action, String by, String roles, Instant at, String detail) {}

    public static IntakeCaseView summary(IntakeCase c, Instant now) {
        return of(c, now, null);
    }

    /** The whole case, with its history. */
    public static IntakeCaseView of(IntakeCase c, Instant now, List<IntakeCaseAudit> history) {
        boolean full = history != null;
        PlatformDetails details = full ? IntakeCases.details(c) : null;
        return new IntakeCaseView(
                c.id,
                c.type,
                c.status,
                c.source,
                c.channel,
                c.externalOrderId,
                IntakeCases.problems(c),
                c.currency,
                c.receivedAt,
                c.deadline,
                c.isOverdue(now),
                c.orderId,
                c.resolvedBy,
                c.resolvedAt,
                c.resolution,
                full ? IntakeCases.draft(c) : null,
                details == null ? null : details.platform(),
                full ? c.payload : null,
                full
                        ? history.stream()
                                .map(h -> new HistoryEntry(h.action, h.actor, h.roles, h.occurredAt, h.detail))
                                .toList()
                        : null);
    }
}

package com.smartstore.oms.review.rest;

import com.smartstore.oms.contracts.events.ExceptionStage;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.Remedy;
import com.smartstore.oms.contracts.events.Severity;
import com.smartstore.oms.review.domain.CaseHistoryEntry;
import com.smartstore.oms.review.domain.CaseStatus;
import com.smartstore.oms.review.domain.ExceptionCase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An exception case; {@code history} (who did what, when) only on the single-case read, null in lists. */
public record CaseView(
        UUID id,
        UUID exceptionId,
        UUID orderId,
        String orderNumber,
        ExceptionType type,
        Severity severity,
        String code,
        String description,
        Map<String, String> details,
        String department,
        CaseStatus status,
        String openedBy,
        Instant openedAt,
        String owner,
        String plan,
        Instant deadline,
        boolean overdue,
        Instant escalatedAt,
        String result,
        Remedy remedy,
        String financeAction,
        String carrierClaim,
        String resolvedBy,
        Instant resolvedAt,
        Integer satisfaction,
        String closedBy,
        Instant closedAt,
        List<Step> history) {

    /** One step of the case. */
    public record Step(ExceptionStage stage, String actor, Instant at, String detail) {}

    /** The case as it stands at {@code now} (whether it is overdue). */
    public static CaseView of(ExceptionCase c, List<CaseHistoryEntry> history, Instant now) {
        return new CaseView(
                c.id,
                c.exceptionId,
                c.orderId,
                c.orderNumber,
                c.type,
                c.severity,
                c.code,
                c.description,
                c.details,
                c.department,
                c.status,
                c.openedBy,
                c.openedAt,
                c.owner,
                c.plan,
                c.deadline,
                c.isOverdue(now),
                c.escalatedAt,
                c.result,
                c.remedy,
                c.financeAction,
                c.carrierClaim,
                c.resolvedBy,
                c.resolvedAt,
                c.satisfaction,
                c.closedBy,
                c.closedAt,
                history == null
                        ? null
                        : history.stream()
                                .map(h -> new Step(h.stage, h.actor, h.at, h.detail))
                                .toList());
    }
}

package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.domain.PrivacyRequest;
import com.smartstore.oms.intake.service.PrivacyRequests;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A platform's privacy request as staff see it: whom it is about, the orders it concerns and what became of them. */
public record PrivacyRequestView(
        UUID id,
        String source,
        PrivacyRequest.Kind kind,
        PrivacyRequest.Status status,
        String shop,
        String platformCustomerId,
        String platformRequestId,
        String customerEmail,
        String customerPhone,
        List<PrivacyRequests.OrderRef> orders,
        Instant receivedAt,
        Instant dueAt,
        String closedBy,
        Instant closedAt,
        String note) {

    public static PrivacyRequestView of(PrivacyRequest r, List<PrivacyRequests.OrderRef> orders) {
        return new PrivacyRequestView(
                r.id,
                r.source,
                r.kind,
                r.status,
                r.shop,
                r.platformCustomerId,
                r.platformRequestId,
                r.customerEmail,
                r.customerPhone,
                orders,
                r.receivedAt,
                r.dueAt,
                r.closedBy,
                r.closedAt,
                r.note);
    }
}

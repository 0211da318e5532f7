package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.domain.OrderAmendment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An applied amendment: what changed, why, who and when. */
public record AmendmentView(
        UUID id, UUID orderId, int revision, List<String> changed, String reason, String amendedBy, Instant amendedAt) {

    static AmendmentView of(OrderAmendment a) {
        return new AmendmentView(
                a.id, a.orderId, a.revision, List.of(a.changed.split(",")), a.reason, a.amendedBy, a.amendedAt);
    }
}

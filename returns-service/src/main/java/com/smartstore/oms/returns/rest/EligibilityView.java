package com.smartstore.oms.returns.rest;

import com.smartstore.oms.returns.domain.Eligibility;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The policy's answer for a return: eligible or not with every reason, the goods it covers, and the deadline (a
 * request must come before it) with the delivery it counts from.
 */
public record EligibilityView(
        UUID orderId,
        boolean eligible,
        List<Eligibility.Problem> reasons,
        List<CreateReturnRequest.Line> lines,
        Instant deliveredAt,
        boolean deliveryConfirmed,
        Instant deadline,
        String policyVersion) {

    public static EligibilityView of(UUID orderId, Eligibility e) {
        return new EligibilityView(
                orderId,
                e.eligible(),
                e.reasons(),
                e.lines().stream()
                        .map(l -> new CreateReturnRequest.Line(l.sku(), l.quantity()))
                        .toList(),
                e.deliveredAt(),
                e.deliveryConfirmed(),
                e.deadline(),
                e.policyVersion());
    }
}

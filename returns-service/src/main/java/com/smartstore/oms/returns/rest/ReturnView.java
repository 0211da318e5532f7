package com.smartstore.oms.returns.rest;

import com.smartstore.oms.returns.domain.ReturnStatus;
import com.smartstore.oms.returns.domain.ReturnTicket;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A return ticket as the API shows it. */
public record ReturnView(
        UUID id,
        UUID orderId,
        String reason,
        List<CreateReturnRequest.Line> lines,
        ReturnStatus status,
        String requestedBy,
        Instant requestedAt) {

    public static ReturnView of(ReturnTicket t) {
        return new ReturnView(
                t.id,
                t.orderId,
                t.reason,
                t.lines.stream()
                        .map(l -> new CreateReturnRequest.Line(l.sku, l.quantity))
                        .toList(),
                t.status,
                t.requestedBy,
                t.requestedAt);
    }
}

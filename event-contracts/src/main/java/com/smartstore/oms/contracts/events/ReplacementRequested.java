package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The exception desk resolved a logistics case with a resend (R-E7, issue 11): shipping asks the warehouse to send the
 * goods of a lost or damaged shipment again. The warehouse reserves and picks them outside the order's own allocation,
 * once per {@code caseId}; its {@code picked} names the lost shipment ({@code replacesShipmentId}), so shipping opens
 * the replacement shipment linked to it.
 *
 * @param lostShipmentId the shipment being replaced
 * @param caseId the exception desk's case that chose the resend: one replacement per case
 * @param exceptionId the detection the case came from
 * @param lines the lost shipment's items, SKU and units
 * @param warehouse where the lost shipment left from (the warehouse tries it first)
 * @param requestedBy who resolved the case
 */
public record ReplacementRequested(
        UUID orderId,
        String orderNumber,
        UUID lostShipmentId,
        UUID caseId,
        UUID exceptionId,
        List<LineQuantity> lines,
        String warehouse,
        String requestedBy,
        Instant requestedAt)
        implements OmsEvent {

    public ReplacementRequested {
        requireNonNull(orderId, "orderId");
        requireNonNull(lostShipmentId, "lostShipmentId");
        requireNonNull(caseId, "caseId");
        lines = List.copyOf(requireNonNull(lines, "lines"));
        requireNonNull(requestedBy, "requestedBy");
        requireNonNull(requestedAt, "requestedAt");
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return requestedAt;
    }
}

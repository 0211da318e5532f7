package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Quality control examined a sampled return of a product with a quality problem and recorded the cause (R-X7), so
 * purchasing and analytics can act on it. Key: the SKU.
 *
 * @param sampleId the QC sample, one per sampled SKU of a return ticket
 * @param quantity units of the SKU on the return ticket
 */
public record QualityDefectReported(
        UUID sampleId,
        UUID returnId,
        UUID orderId,
        String sku,
        int quantity,
        DefectCause cause,
        String notes,
        String reportedBy,
        Instant reportedAt)
        implements OmsEvent {

    public QualityDefectReported {
        requireNonNull(sampleId, "sampleId");
        requireNonNull(returnId, "returnId");
        requireNonNull(orderId, "orderId");
        requireNonNull(sku, "sku");
        requireNonNull(cause, "cause");
        requireNonNull(reportedBy, "reportedBy");
        requireNonNull(reportedAt, "reportedAt");
    }

    @Override
    public String key() {
        return sku;
    }

    @Override
    public Instant occurredAt() {
        return reportedAt;
    }
}

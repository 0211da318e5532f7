package com.smartstore.oms.returns.rest;

import com.smartstore.oms.contracts.events.DefectCause;
import com.smartstore.oms.returns.domain.QcSample;
import java.time.Instant;
import java.util.UUID;

/** A QC sample as the API shows it (R-X7). */
public record QcSampleView(
        UUID id,
        UUID returnId,
        UUID orderId,
        String sku,
        int quantity,
        String month,
        Instant sampledAt,
        QcSample.Status status,
        DefectCause cause,
        String notes,
        String recordedBy,
        Instant recordedAt) {

    public static QcSampleView of(QcSample s) {
        return new QcSampleView(
                s.id,
                s.returnId,
                s.orderId,
                s.sku,
                s.quantity,
                s.sampleMonth,
                s.sampledAt,
                s.status,
                s.cause,
                s.notes,
                s.recordedBy,
                s.recordedAt);
    }
}

package com.smartstore.oms.returns.domain;

import com.smartstore.oms.contracts.events.DefectCause;
import com.smartstore.oms.contracts.events.QualityDefectReported;
import com.smartstore.oms.kit.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One SKU of a QUALITY return ticket sampled for quality control, and the cause QC recorded (R-X7). */
@Entity
@Table(name = "qc_sample")
public class QcSample {
    /** PENDING until QC records the cause. */
    public enum Status {
        PENDING,
        RECORDED
    }

    @Id
    public UUID id;

    @Column(name = "return_id")
    public UUID returnId;

    @Column(name = "order_id")
    public UUID orderId;

    public String sku;
    public int quantity;

    @Column(name = "sample_month")
    public String sampleMonth;

    @Column(name = "sampled_at")
    public Instant sampledAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Enumerated(EnumType.STRING)
    public DefectCause cause;

    public String notes;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Version
    public int version;

    public static QcSample of(ReturnTicket ticket, ReturnLine line, String month, Instant at) {
        QcSample sample = new QcSample();
        sample.id = UUID.randomUUID();
        sample.returnId = ticket.id;
        sample.orderId = ticket.orderId;
        sample.sku = line.sku;
        sample.quantity = line.quantity;
        sample.sampleMonth = month;
        sample.sampledAt = at;
        sample.status = Status.PENDING;
        return sample;
    }

    /** QC records what caused the problem, once (409 after); returns the {@code quality-defect-reported}. */
    public QualityDefectReported record(DefectCause found, String text, String by, Instant at) {
        if (status == Status.RECORDED) {
            throw Refusal.conflict(
                    "sample-recorded", "QC sample " + id + " was recorded at " + recordedAt + " by " + recordedBy);
        }
        if (found == null) {
            throw Refusal.invalid("cause-missing", "a QC record needs the cause category");
        }
        status = Status.RECORDED;
        cause = found;
        notes = text == null || text.isBlank() ? null : text.trim();
        recordedBy = by;
        recordedAt = at;
        return new QualityDefectReported(id, returnId, orderId, sku, quantity, cause, notes, by, at);
    }
}

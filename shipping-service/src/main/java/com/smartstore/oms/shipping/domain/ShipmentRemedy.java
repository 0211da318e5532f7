package com.smartstore.oms.shipping.domain;

import com.smartstore.oms.contracts.events.Remedy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The remedy the case desk chose for one logistics case about a shipment (issue 11, R-E7): one row per case. */
@Entity
@Table(name = "shipment_remedy")
public class ShipmentRemedy {
    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "shipment_id")
    public UUID shipmentId;

    @Column(name = "exception_id")
    public UUID exceptionId;

    public String code;

    @Enumerated(EnumType.STRING)
    public Remedy remedy;

    public String result;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}

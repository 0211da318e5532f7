package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.ExceptionStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in a case's history: who did what and when (R-E2..R-E5, R-SEC3). */
@Entity
@Table(name = "case_history")
public class CaseHistoryEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public ExceptionStage stage;

    public String actor;
    public Instant at;
    public String detail;

    static CaseHistoryEntry of(UUID caseId, ExceptionStage stage, String actor, Instant at, String detail) {
        CaseHistoryEntry entry = new CaseHistoryEntry();
        entry.caseId = caseId;
        entry.stage = stage;
        entry.actor = actor;
        entry.at = at;
        entry.detail = detail;
        return entry;
    }
}

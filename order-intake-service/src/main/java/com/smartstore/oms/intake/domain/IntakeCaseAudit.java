package com.smartstore.oms.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of an intake case, attributable (R-SEC3): opened by a platform, redelivered, resolved, dismissed. */
@Entity
@Table(name = "intake_case_audit")
public class IntakeCaseAudit {
    /** What happened to the case. */
    public enum Action {
        OPENED,
        REDELIVERED,
        RESOLVED,
        DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public UUID caseId;

    public String action;

    public String actor;

    public String roles;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String detail;

    public static IntakeCaseAudit of(UUID caseId, Action action, Actor actor, Instant at, String detail) {
        IntakeCaseAudit row = new IntakeCaseAudit();
        row.caseId = caseId;
        row.action = action.name();
        row.actor = actor.name();
        row.roles = actor.rolesText();
        row.occurredAt = at;
        row.detail = detail;
        return row;
    }
}

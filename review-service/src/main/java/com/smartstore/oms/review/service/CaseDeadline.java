package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.kit.sla.Deadline;
import com.smartstore.oms.review.domain.ExceptionCase;
import com.smartstore.oms.review.repository.CaseRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The exception-case deadline (R-E4) for the kit's SLA check: an assigned case past the deadline its manager set is
 * escalated once (ESCALATED step, {@code order-exception} and {@code sla-breached}, kind EXCEPTION_CASE). Its rows are
 * locked with SKIP LOCKED, so two instances never escalate the same case.
 */
@ApplicationScoped
public class CaseDeadline implements Deadline<ExceptionCase> {
    private final CaseRepository cases;
    private final CaseService service;

    public CaseDeadline(CaseRepository cases, CaseService service) {
        this.cases = cases;
        this.service = service;
    }

    @Override
    public String name() {
        return "exception case";
    }

    @Override
    public Uni<List<ExceptionCase>> overdue(Instant now, int limit) {
        return cases.lockOverdueUnescalated(now, limit);
    }

    @Override
    public Uni<SlaBreached> breach(ExceptionCase overdue, Instant now) {
        return service.escalate(overdue, now);
    }
}

package com.smartstore.oms.intake.repository;

import com.smartstore.oms.intake.domain.IntakeCase;
import com.smartstore.oms.intake.domain.IntakeCaseAudit;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Intake cases: the clerks' queue by deadline, and each case's audit trail. */
@ApplicationScoped
public class IntakeCaseRepository implements PanacheRepositoryBase<IntakeCase, UUID> {
    /** The unique key a second case of the same platform order runs into. */
    public static final String UNIQUE = "intake_case_dedupe_uk";

    public Uni<Page<IntakeCase>> page(IntakeCase.Status status, String source, int page, int size) {
        Sort order = status == IntakeCase.Status.OPEN ? Sort.ascending("deadline") : Sort.descending("resolvedAt");
        return new Where().equal("status", status).equal("source", source).pageWithTotal(this, order, page, size);
    }

    public Uni<List<IntakeCaseAudit>> audit(UUID caseId) {
        return getSession()
                .chain(s -> s.createSelectionQuery(
                                "from IntakeCaseAudit where caseId = ?1 order by occurredAt, id", IntakeCaseAudit.class)
                        .setParameter(1, caseId)
                        .getResultList());
    }
}

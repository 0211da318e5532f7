package com.smartstore.oms.intake.repository;

import com.smartstore.oms.intake.domain.PrivacyRequest;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Platforms' privacy requests, the open ones by due date. */
@ApplicationScoped
public class PrivacyRequestRepository implements PanacheRepositoryBase<PrivacyRequest, UUID> {
    public static final String UNIQUE = "privacy_request_dedupe_uk";

    public Uni<Page<PrivacyRequest>> page(PrivacyRequest.Status status, int page, int size) {
        return new Where()
                .equal("status", status)
                .pageWithTotal(this, Sort.by("dueAt").and("id"), page, size);
    }
}

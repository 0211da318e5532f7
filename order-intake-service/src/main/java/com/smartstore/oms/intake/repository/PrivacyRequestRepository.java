package com.smartstore.oms.intake.repository;

import com.smartstore.oms.intake.domain.PrivacyRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Platforms' privacy requests, the open ones by due date. */
@ApplicationScoped
public class PrivacyRequestRepository implements PanacheRepositoryBase<PrivacyRequest, UUID> {
    public static final String UNIQUE = "privacy_request_dedupe_uk";

    public Uni<List<PrivacyRequest>> page(PrivacyRequest.Status status, int page, int size) {
        return find("status", Sort.by("dueAt").and("id"), status)
                .page(Page.of(page, size))
                .list();
    }
}

package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.review.config.SlaConfig;
import com.smartstore.oms.review.repository.ReviewRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Objects;

/**
 * Escalates held reviews left undecided past their deadline (R-R4): each is marked and its
 * {@code sla-breached} staged in the same transaction, on rows locked with SKIP LOCKED so two
 * instances never escalate the same review twice.
 */
@ApplicationScoped
public class ReviewEscalationService {
    /** The {@code service} named in the breaches this service publishes. */
    public static final String SERVICE = "review-service";

    private final ReviewRepository reviews;
    private final Outbox outbox;
    private final SlaConfig sla;

    public ReviewEscalationService(ReviewRepository reviews, Outbox outbox, SlaConfig sla) {
        this.reviews = reviews;
        this.outbox = outbox;
        this.sla = sla;
    }

    /** Escalates one batch of overdue reviews; returns how many. */
    @WithTransaction
    public Uni<Integer> escalateOverdue(Instant now) {
        return reviews.lockOverdueUnescalated(now, sla.checkBatchSize()).chain(overdue -> {
            Uni<Void> staged = Uni.createFrom().voidItem();
            for (SlaBreached breach : overdue.stream()
                    .map(r -> r.escalate(SERVICE, now))
                    .filter(Objects::nonNull)
                    .toList()) {
                staged = staged.chain(() -> outbox.add(breach));
            }
            return staged.replaceWith(overdue.size());
        });
    }
}

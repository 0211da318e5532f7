package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.kit.service.ServiceName;
import com.smartstore.oms.kit.sla.Deadline;
import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.repository.ReviewRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The manual-review deadline (R-R4, {@code oms.sla.manual-review-hours}) for the kit's SLA check: a held review left
 * undecided past it is marked escalated and publishes {@code sla-breached} (kind MANUAL_REVIEW) naming its owner. Its
 * rows are locked with SKIP LOCKED, so two instances never escalate the same review.
 */
@ApplicationScoped
public class ManualReviewDeadline implements Deadline<Review> {
    private final ReviewRepository reviews;
    private final ServiceName service;

    public ManualReviewDeadline(ReviewRepository reviews, ServiceName service) {
        this.reviews = reviews;
        this.service = service;
    }

    @Override
    public String name() {
        return "manual review";
    }

    @Override
    public Uni<List<Review>> overdue(Instant now, int limit) {
        return reviews.lockOverdueUnescalated(now, limit);
    }

    @Override
    public Uni<SlaBreached> breach(Review overdue, Instant now) {
        return Uni.createFrom().item(overdue.escalate(service.value(), now));
    }
}

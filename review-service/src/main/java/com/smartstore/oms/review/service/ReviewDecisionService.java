package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.OmsEvent;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.domain.ReviewLine;
import com.smartstore.oms.review.domain.ReviewNotPendingException;
import com.smartstore.oms.review.repository.ReviewRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/** A reviewer's decision on a held order: the new status and its event in one transaction (R-R5). */
@ApplicationScoped
public class ReviewDecisionService {
    private final ReviewRepository reviews;
    private final Outbox outbox;

    public ReviewDecisionService(ReviewRepository reviews, Outbox outbox) {
        this.reviews = reviews;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<ReviewDetails> approve(UUID id, String reviewer) {
        Instant now = Instant.now();
        return decide(id, (review, lines) -> review.approve(reviewer, now, lines));
    }

    @WithTransaction
    public Uni<ReviewDetails> reject(UUID id, String reasonCode, String reason, String reviewer) {
        Instant now = Instant.now();
        return decide(id, (review, lines) -> review.reject(reviewer, reasonCode, reason.trim(), now));
    }

    /**
     * Locks the review row so that two reviewers deciding at once are serialised: the second one sees
     * the first one's decision and gets a 409 instead of a second event.
     */
    private Uni<ReviewDetails> decide(UUID id, BiFunction<Review, List<ReviewLine>, OmsEvent> decision) {
        return reviews.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Review", id))
                .chain(review -> reviews.lines(id)
                        .chain(lines -> outbox.add(decision.apply(review, lines))
                                .chain(() -> reviews.results(List.of(id)))
                                .map(results -> new ReviewDetails(review, lines, results))))
                .onFailure(ReviewNotPendingException.class)
                .transform(e -> ApiException.conflict("review-not-pending", e.getMessage()));
    }
}

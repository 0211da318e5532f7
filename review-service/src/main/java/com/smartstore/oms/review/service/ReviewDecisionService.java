package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.OmsEvent;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.domain.ReviewLine;
import com.smartstore.oms.review.domain.ReviewNote;
import com.smartstore.oms.review.domain.ReviewStatus;
import com.smartstore.oms.review.domain.SkuMappedRule;
import com.smartstore.oms.review.repository.ReviewRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Reviewers' work on a held order: claim, notes, and decisions, each with its event in one transaction
 * (R-R3..R-R5). A trainee's decision is only prepared, and a second reviewer confirms it (R-T1).
 */
@ApplicationScoped
public class ReviewDecisionService {
    private final ReviewRepository reviews;
    private final Decisions decisions;
    private final Clock clock;

    public ReviewDecisionService(ReviewRepository reviews, Decisions decisions, Clock clock) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Approves, or for a trainee prepares the approval without publishing anything. */
    @WithTransaction
    public Uni<ReviewDetails> approve(UUID id, String reviewer, boolean trainee) {
        Instant now = clock.instant();
        return decideApproval(id, (review, lines) -> {
            if (trainee) {
                review.prepareApproval(reviewer, now);
                return null;
            }
            return review.approve(reviewer, now, lines);
        });
    }

    /** Rejects, or for a trainee prepares the rejection without publishing anything. */
    @WithTransaction
    public Uni<ReviewDetails> reject(UUID id, String reasonCode, String reason, String reviewer, boolean trainee) {
        Instant now = clock.instant();
        return decide(id, (review, lines) -> {
            if (trainee) {
                review.prepareRejection(reviewer, reasonCode, reason.trim(), now);
                return null;
            }
            return review.reject(reviewer, reasonCode, reason.trim(), now);
        });
    }

    /** A second, non-trainee reviewer makes a trainee's prepared decision final (the caller checks the role). */
    @WithTransaction
    public Uni<ReviewDetails> confirm(UUID id, String reviewer) {
        Instant now = clock.instant();
        return decideApproval(id, (review, lines) -> review.confirm(reviewer, now, lines));
    }

    /** The claimant hands a held review over, or a manager releases anyone's claim on it. */
    @WithTransaction
    public Uni<ReviewDetails> release(UUID id, String by, boolean manager) {
        return decide(id, (review, lines) -> {
            review.release(by, manager);
            return null;
        });
    }

    @WithTransaction
    public Uni<ReviewDetails> claim(UUID id, String reviewer) {
        Instant now = clock.instant();
        return decide(id, (review, lines) -> {
            review.claim(reviewer, now);
            return null;
        });
    }

    /** Adds a note to any review, decided or not: what was said stays on record either way. */
    @WithTransaction
    public Uni<ReviewNote> addNote(UUID id, String author, String text) {
        return reviews.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Review", id))
                .chain(review -> reviews.getSession().chain(s -> {
                    ReviewNote note = ReviewNote.of(id, author, text.trim(), clock.instant());
                    return s.persist(note).chain(s::flush).replaceWith(note);
                }));
    }

    /**
     * A decision that may approve the order (an approval, a trainee's prepared approval, or the confirmation of one):
     * refused while a line has no SKU of ours (issue 10: {@link SkuMappedRule}).
     */
    private Uni<ReviewDetails> decideApproval(UUID id, BiFunction<Review, List<ReviewLine>, OmsEvent> decision) {
        // The results are read under the review's lock: a re-review after the clerk mapped the line rewrites them.
        return reviews.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Review", id))
                .chain(locked -> reviews.results(List.of(id)))
                .chain(results -> decide(id, (review, lines) -> {
                    boolean rejecting = review.preparedDecision == Review.PreparedDecision.REJECT
                            && review.status == ReviewStatus.AWAITING_CONFIRMATION;
                    if (!rejecting) {
                        SkuMappedRule.refuseApprovalWhileUnmapped(review, results);
                    }
                    return decision.apply(review, lines);
                }));
    }

    /**
     * Locks the review row so that two reviewers acting at once are serialised: the second one sees
     * the first one's change and gets a 409 instead of a second event. A null event publishes nothing; a decision
     * gets the order's next sequence.
     */
    private Uni<ReviewDetails> decide(UUID id, BiFunction<Review, List<ReviewLine>, OmsEvent> decision) {
        return reviews.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Review", id))
                .chain(review -> reviews.lines(id).chain(lines -> {
                    OmsEvent event = decision.apply(review, lines);
                    return decisions
                            .publish(event)
                            .chain(() -> reviews.results(List.of(id)))
                            .chain(results ->
                                    reviews.notes(id).map(notes -> new ReviewDetails(review, lines, results, notes)));
                }));
    }
}

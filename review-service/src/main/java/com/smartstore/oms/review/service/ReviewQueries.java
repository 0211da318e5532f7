package com.smartstore.oms.review.service;

import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.review.domain.ReviewRuleResult;
import com.smartstore.oms.review.repository.ReviewFilter;
import com.smartstore.oms.review.repository.ReviewRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads reviews for the review queue and the review screen. */
@ApplicationScoped
public class ReviewQueries {
    private final ReviewRepository reviews;

    public ReviewQueries(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @WithSession
    public Uni<ReviewDetails> details(UUID id) {
        return reviews.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Review", id))
                .chain(review -> reviews.lines(id)
                        .chain(lines -> reviews.results(List.of(id))
                                .chain(results -> reviews.notes(id)
                                        .map(notes -> new ReviewDetails(review, lines, results, notes)))));
    }

    /** A page of reviews with their rule results, without lines and notes (the queue does not show them). */
    @WithSession
    public Uni<Page<ReviewDetails>> page(ReviewFilter filter, int page, int size) {
        return reviews.page(filter, page, size)
                .chain(found -> reviews.results(
                                found.items().stream().map(r -> r.id).toList())
                        .map(results -> {
                            Map<UUID, List<ReviewRuleResult>> byReview =
                                    results.stream().collect(Collectors.groupingBy(r -> r.reviewId));
                            return found.map(r ->
                                    new ReviewDetails(r, List.of(), byReview.getOrDefault(r.id, List.of()), List.of()));
                        }));
    }
}

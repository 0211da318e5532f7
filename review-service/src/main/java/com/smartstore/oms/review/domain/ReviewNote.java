package com.smartstore.oms.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reviewer's note on a review: whom they contacted and what was said (R-R5), with who wrote it and when. */
@Entity
@Table(name = "review_note")
public class ReviewNote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "review_id")
    public UUID reviewId;

    public String author;
    public String text;

    @Column(name = "created_at")
    public Instant createdAt;

    public static ReviewNote of(UUID reviewId, String author, String text, Instant at) {
        ReviewNote note = new ReviewNote();
        note.reviewId = reviewId;
        note.author = author;
        note.text = text;
        note.createdAt = at;
        return note;
    }
}

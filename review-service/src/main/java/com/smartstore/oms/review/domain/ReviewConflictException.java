package com.smartstore.oms.review.domain;

/** A change a review's state refuses: a {@link Refusal} of kind CONFLICT, answered with 409 and its {@code error}. */
public class ReviewConflictException extends Refusal {
    public ReviewConflictException(String error, String message) {
        super(Kind.CONFLICT, error, message);
    }
}

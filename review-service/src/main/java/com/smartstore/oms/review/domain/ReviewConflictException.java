package com.smartstore.oms.review.domain;

/** A change a review's state refuses; {@code error} is the code the API answers the 409 with. */
public class ReviewConflictException extends RuntimeException {
    private final String error;

    public ReviewConflictException(String error, String message) {
        super(message);
        this.error = error;
    }

    public String error() {
        return error;
    }
}

package com.smartstore.oms.review.domain;

/** A decision on a review that is no longer waiting for one. */
public class ReviewNotPendingException extends RuntimeException {
    public ReviewNotPendingException(String message) {
        super(message);
    }
}

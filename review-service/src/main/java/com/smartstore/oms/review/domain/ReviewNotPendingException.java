package com.smartstore.oms.review.domain;

/** A decision on a review that is no longer waiting for one. */
public class ReviewNotPendingException extends ReviewConflictException {
    public ReviewNotPendingException(String message) {
        super("review-not-pending", message);
    }
}

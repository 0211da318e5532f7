package com.smartstore.oms.shipping.domain;

import java.time.Duration;

/**
 * How often and when a notification is tried again after its mail server refused it or did not answer: after the
 * n-th failed attempt the next one waits {@code firstRetry * 2^(n-1)}, at most {@code maxRetry}; after
 * {@code maxAttempts} attempts it has failed for good.
 */
public record RetryPolicy(int maxAttempts, Duration firstRetry, Duration maxRetry) {
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException(
                    "retries need 0 < firstRetry <= maxRetry, were " + firstRetry + " and " + maxRetry);
        }
    }

    /** How long to wait after {@code failedAttempts} failed attempts (1 or more). */
    public Duration backoff(int failedAttempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    /** Whether a notification that failed this many times has attempts left. */
    public boolean mayRetry(int failedAttempts) {
        return failedAttempts < maxAttempts;
    }
}

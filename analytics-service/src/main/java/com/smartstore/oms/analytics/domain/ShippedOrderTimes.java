package com.smartstore.oms.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The step times of one shipped order that time-to-ship needs; any but {@code shippedAt} may be unknown. */
public record ShippedOrderTimes(Instant receivedAt, Instant approvedAt, Instant pickedAt, Instant shippedAt) {

    /** The time from one step to another, if both are known. */
    static Optional<Duration> between(Instant start, Instant end) {
        return start == null || end == null ? Optional.empty() : Optional.of(Duration.between(start, end));
    }
}

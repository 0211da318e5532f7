package com.smartstore.oms.analytics.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A staff member's correction of one order's recorded stage duration (R-A8), with the reason: the figures use the
 * corrected value from then on, the events and the timeline are not changed, and every correction is kept.
 *
 * @param previousSeconds the value the figures used before, null when the stage had not been measured
 */
public record Correction(
        UUID id,
        UUID orderId,
        String stage,
        long correctedSeconds,
        Long previousSeconds,
        String reason,
        String correctedBy,
        Instant correctedAt) {}

package com.smartstore.oms.kit.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Abuse limits of every service's HTTP endpoints (issue 15), enforced by {@link RequestLimits} before a body is read.
 * JSON nesting depth and string length are {@link SafeJson}'s; {@code quarkus.http.limits.max-body-size} (1M) stays
 * the hard cap for bodies sent without a {@code Content-Length}.
 */
@ConfigMapping(prefix = "oms.http")
public interface HttpLimitsConfig {
    /** The largest body of an {@code /api} or {@code /admin} request (staff and app calls: an order is a few KB). */
    @WithDefault("128K")
    MemorySize maxApiBody();

    /** The largest body of a {@code /webhooks} delivery (platform orders are tens of KB, a large one a few hundred). */
    @WithDefault("512K")
    MemorySize maxWebhookBody();

    /** Per-source rate limit of the public webhook endpoints. */
    WebhookRate webhookRate();

    /**
     * A token bucket per source address: {@code burst} deliveries at once, refilled at {@code per-second}. Platforms
     * retry a refused delivery (429 with {@code Retry-After}), so the limit only has to stop a flood, not a busy shop:
     * keep it generous.
     */
    interface WebhookRate {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("300")
        int burst();

        @WithDefault("50")
        double perSecond();

        /** Sources remembered at most; idle ones (bucket full again) are forgotten first. */
        @WithDefault("10000")
        int maxSources();
    }
}

package com.smartstore.oms.kit.rest;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per source (a caller's address): {@code burst} requests at once, refilled at {@code perSecond}. Plain
 * Java and thread-safe; time is passed in (nanoseconds of a monotonic clock), so tests move it instead of waiting.
 */
public final class SourceRateLimiter {
    private final double burst;
    private final double perNano;
    private final int maxSources;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public SourceRateLimiter(int burst, double perSecond, int maxSources) {
        if (burst < 1 || perSecond <= 0 || maxSources < 1) {
            throw new IllegalArgumentException("burst >= 1, per-second > 0 and max-sources >= 1, not " + burst + ", "
                    + perSecond + ", " + maxSources);
        }
        this.burst = burst;
        this.perNano = perSecond / 1e9;
        this.maxSources = maxSources;
    }

    /** Takes a token for the source: 0 if there was one, else how many nanoseconds until there is (refused). */
    public long acquire(String source, long nowNanos) {
        if (buckets.size() >= maxSources && !buckets.containsKey(source)) {
            forgetIdle(nowNanos);
        }
        return buckets.computeIfAbsent(source, s -> new Bucket(burst, nowNanos)).take(nowNanos);
    }

    int sources() {
        return buckets.size();
    }

    /** Forgets sources whose bucket is full again (they are owed nothing); the oldest others if still too many. */
    private void forgetIdle(long nowNanos) {
        buckets.values().removeIf(b -> b.fullAt(nowNanos));
        for (Iterator<String> i = buckets.keySet().iterator(); buckets.size() >= maxSources && i.hasNext(); ) {
            i.next();
            i.remove();
        }
    }

    private final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano));
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            if (now > last) {
                tokens = Math.min(burst, tokens + (now - last) * perNano);
                last = now;
            }
        }
    }
}

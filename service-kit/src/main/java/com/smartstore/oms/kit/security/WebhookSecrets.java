package com.smartstore.oms.kit.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The secrets a webhook source may sign with now (issue 15: rotation with overlap). A source has its current
 * secret and, while it is being rotated, the previous one: set the new secret as {@code secret} and the old one as
 * {@code previous-secret}, change it at the platform, then remove {@code previous-secret} (or give
 * {@code previous-secret-until}, after which the old one is refused by itself). Deliveries signed with either are
 * authentic meanwhile, so nothing the platform sends during the change is refused.
 *
 * @param valid the secrets accepted now, the current one first; empty: the source is not configured
 */
public record WebhookSecrets(List<String> valid) {
    public WebhookSecrets {
        valid = List.copyOf(valid);
    }

    /** The secrets accepted at {@code now}; blank ones do not count. */
    public static WebhookSecrets of(
            Optional<String> current, Optional<String> previous, Optional<Instant> previousUntil, Instant now) {
        List<String> valid = new ArrayList<>(2);
        current.filter(s -> !s.isBlank()).ifPresent(valid::add);
        if (previousUntil.map(now::isBefore).orElse(true)) {
            previous.filter(s -> !s.isBlank()).ifPresent(valid::add);
        }
        return new WebhookSecrets(valid);
    }

    /** A single secret (or none): a source without rotation. */
    public static WebhookSecrets only(String secret) {
        return new WebhookSecrets(secret == null || secret.isBlank() ? List.of() : List.of(secret));
    }

    public boolean isEmpty() {
        return valid.isEmpty();
    }
}

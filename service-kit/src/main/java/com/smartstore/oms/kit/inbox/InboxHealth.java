package com.smartstore.oms.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@code oms-inbox}: DOWN while a consumer has been retrying a transient failure (its
 * database is down, say) for longer than {@code oms.inbox.unhealthy-after}; UP again by itself once the
 * event went through.
 */
@Readiness
@ApplicationScoped
public class InboxHealth implements HealthCheck {
    private final Inbox inbox;
    private final InboxConfig config;

    public InboxHealth(Inbox inbox, InboxConfig config) {
        this.inbox = inbox;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("oms-inbox").up();
        Instant limit = Instant.now().minus(config.unhealthyAfter());
        for (Map.Entry<String, Inbox.Stuck> entry : inbox.stuck().entrySet()) {
            Inbox.Stuck stuck = entry.getValue();
            if (stuck.since().isBefore(limit)) {
                response.down()
                        .withData(
                                entry.getKey(),
                                "retrying event " + stuck.eventId() + " for "
                                        + Duration.between(stuck.since(), Instant.now())
                                                .toSeconds() + " s: "
                                        + stuck.lastError());
            }
        }
        return response.build();
    }
}

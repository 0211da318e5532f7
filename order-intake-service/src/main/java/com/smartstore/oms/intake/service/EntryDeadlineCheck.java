package com.smartstore.oms.intake.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Looks for entry requests past their deadline every {@code oms.sla.check-interval} (R-I7). */
@ApplicationScoped
public class EntryDeadlineCheck {
    private final EntryRequests requests;

    public EntryDeadlineCheck(EntryRequests requests) {
        this.requests = requests;
    }

    @Scheduled(
            identity = "entry-deadline-check",
            every = "${oms.sla.check-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        return requests.reportOverdue().replaceWithVoid();
    }
}

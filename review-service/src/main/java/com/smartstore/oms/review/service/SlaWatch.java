package com.smartstore.oms.review.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The scheduled SLA check (R-R4, R-E4): every {@code oms.sla.check-interval} it escalates overdue
 * manual reviews and exception cases, so nobody has to poll for them. Safe with several instances:
 * each escalation locks its rows with SKIP LOCKED and marks them in the transaction that stages the event.
 */
@ApplicationScoped
public class SlaWatch {
    private static final Logger LOG = Logger.getLogger(SlaWatch.class);

    private final ReviewEscalationService reviews;
    private final CaseService cases;

    public SlaWatch(ReviewEscalationService reviews, CaseService cases) {
        this.reviews = reviews;
        this.cases = cases;
    }

    @Scheduled(
            identity = "review-sla-check",
            every = "${oms.sla.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        Instant now = Instant.now();
        return escalate("manual review(s)", reviews.escalateOverdue(now))
                .chain(() -> escalate("exception case(s)", cases.escalateOverdue(now)));
    }

    /** One kind's escalation; a failure is logged and left to the next check, and does not stop the other kind. */
    private static Uni<Void> escalate(String what, Uni<Integer> escalation) {
        return escalation
                .invoke(n -> {
                    if (n > 0) {
                        LOG.infof("escalated %d overdue %s", n, what);
                    }
                })
                .onFailure()
                .invoke(e -> LOG.warnf("SLA check of %s failed, retried next time: %s", what, e.getMessage()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }
}

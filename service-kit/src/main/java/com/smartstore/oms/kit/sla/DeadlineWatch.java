package com.smartstore.oms.kit.sla;

import com.smartstore.oms.kit.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.util.List;

/**
 * The scheduled SLA check of every service: each {@code oms.sla.check-interval} it runs the service's {@link Deadline}
 * beans ({@link OverdueCheck}), with "now" from the service's {@link Clock}, publishing each breach through the outbox
 * in the transaction that marks it. Safe with several instances: each kind marks an item only once. A service without
 * deadlines has no such beans and the check does nothing.
 */
@ApplicationScoped
public class DeadlineWatch {
    private final List<Deadline<?>> kinds;
    private final Clock clock;
    private final OverdueCheck check;

    public DeadlineWatch(@Any Instance<Deadline<?>> kinds, Clock clock, Outbox outbox, SlaCheckConfig config) {
        this.kinds = kinds.stream().toList();
        this.clock = clock;
        this.check = new OverdueCheck(work -> Panache.withTransaction(work), outbox::add, config.checkBatchSize());
    }

    @Scheduled(
            identity = "oms-sla-check",
            every = "${oms.sla.check-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return kinds.isEmpty() ? Uni.createFrom().voidItem() : checkNow().replaceWithVoid();
    }

    /** One check of every kind now (the scheduled one, or a test's); returns how many breaches it published. */
    public Uni<Integer> checkNow() {
        return check.check(kinds, clock.instant());
    }
}

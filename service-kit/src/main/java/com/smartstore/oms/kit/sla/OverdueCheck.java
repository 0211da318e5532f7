package com.smartstore.oms.kit.sla;

import com.smartstore.oms.contracts.events.SlaBreached;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The SLA check itself, free of Quarkus so it is unit-tested plainly: per kind, in one transaction, find a batch of
 * overdue items, mark each breached and publish the breach of each one this check marked. A kind that fails is logged
 * and left to the next check; it does not stop the other kinds.
 */
public final class OverdueCheck {
    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    private final Function<Supplier<Uni<Integer>>, Uni<Integer>> inTransaction;
    private final Function<SlaBreached, Uni<Void>> publish;
    private final int batchSize;

    /**
     * @param inTransaction runs one kind's work in a transaction (Panache.withTransaction)
     * @param publish stages a breach in that transaction (the outbox)
     * @param batchSize at most this many items per kind and check
     */
    public OverdueCheck(
            Function<Supplier<Uni<Integer>>, Uni<Integer>> inTransaction,
            Function<SlaBreached, Uni<Void>> publish,
            int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.inTransaction = inTransaction;
        this.publish = publish;
        this.batchSize = batchSize;
    }

    /** Checks every kind in turn; returns how many breaches were published in all (failed kinds count none). */
    public Uni<Integer> check(List<? extends Deadline<?>> kinds, Instant now) {
        Uni<Integer> total = Uni.createFrom().item(0);
        for (Deadline<?> kind : kinds) {
            total = total.chain(sum -> checkLogged(kind, now).map(n -> sum + n));
        }
        return total;
    }

    /** One kind, in its own transaction; returns how many breaches it published, failures included. */
    public <T> Uni<Integer> check(Deadline<T> kind, Instant now) {
        return inTransaction.apply(() -> kind.overdue(now, batchSize).chain(items -> {
            Uni<Integer> published = Uni.createFrom().item(0);
            for (T item : items) {
                published = published.chain(sum -> kind.breach(item, now)
                        .chain(breach -> breach == null
                                ? Uni.createFrom().item(sum)
                                : publish.apply(breach).replaceWith(sum + 1)));
            }
            return published;
        }));
    }

    private Uni<Integer> checkLogged(Deadline<?> kind, Instant now) {
        return check(kind, now)
                .invoke(n -> {
                    if (n > 0) {
                        LOG.infof("escalated %d overdue %s(s)", n, kind.name());
                    }
                })
                .onFailure()
                .recoverWithItem(e -> {
                    LOG.warnf("SLA check of %s failed, retried next time: %s", kind.name(), e.getMessage());
                    return 0;
                });
    }
}

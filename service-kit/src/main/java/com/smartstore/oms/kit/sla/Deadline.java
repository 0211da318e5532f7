package com.smartstore.oms.kit.sla;

import com.smartstore.oms.contracts.events.SlaBreached;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/**
 * One kind of deadline a service watches (an entry request, a manual review, a pick list...): how to find its overdue
 * items and how to mark one breached. A service declares it as a CDI bean; {@link DeadlineWatch} runs every such bean
 * each {@code oms.sla.check-interval}, in a transaction per kind, and publishes the breaches through the outbox.
 *
 * @param <T> what {@link #overdue} finds: an entity or just its id
 */
public interface Deadline<T> {

    /** What is overdue, for logs ("entry request", "manual review"). */
    String name();

    /**
     * Items past their deadline at {@code now} and not reported yet, earliest deadline first, at most {@code limit}.
     * They may be locked ({@code for update skip locked}) or not, as long as {@link #breach} marks each only once.
     */
    Uni<List<T>> overdue(Instant now, int limit);

    /**
     * Marks one item breached at {@code now} unless another check did meanwhile (a conditional update or a row locked
     * by {@link #overdue}), stages whatever else the escalation records, and returns the {@code sla-breached} to
     * publish; null when there is nothing to report.
     */
    Uni<SlaBreached> breach(T item, Instant now);
}

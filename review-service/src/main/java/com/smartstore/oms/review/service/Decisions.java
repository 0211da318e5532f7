package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.OmsEvent;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.review.domain.DecisionSequence;
import com.smartstore.oms.review.domain.ReservingWarehouse;
import com.smartstore.oms.review.domain.WarehouseStock;
import com.smartstore.oms.review.repository.DecisionSequenceRepository;
import com.smartstore.oms.review.repository.InFlightRepository;
import com.smartstore.oms.review.repository.StockRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one way review's events leave: a decision (approve, hold, reject) gets the order's next {@code sequence}
 * (docs/ORDER-LIFECYCLE.md) and an approval's units are recorded as in flight, all in the caller's transaction
 * together with the state change, through the outbox.
 */
@ApplicationScoped
public class Decisions {
    private final DecisionSequenceRepository sequences;
    private final StockRepository stock;
    private final InFlightRepository inFlight;
    private final Outbox outbox;

    public Decisions(
            DecisionSequenceRepository sequences, StockRepository stock, InFlightRepository inFlight, Outbox outbox) {
        this.sequences = sequences;
        this.stock = stock;
        this.inFlight = inFlight;
        this.outbox = outbox;
    }

    /** Stages the event (null: nothing to publish); a decision numbered, an approval's units in flight. */
    public Uni<Void> publish(OmsEvent event) {
        if (event == null) {
            return Uni.createFrom().voidItem();
        }
        if (!DecisionSequence.isDecision(event)) {
            return outbox.add(event);
        }
        // Stock rows before the order's sequence row, in every transaction: one lock order, no deadlock.
        Uni<Map<String, String>> warehouses = event instanceof OrderApproved approval
                ? expectedWarehouses(approval)
                : Uni.createFrom().item(Map.of());
        return warehouses.chain(expected -> sequences
                .next(UUID.fromString(event.key()))
                .map(sequence -> DecisionSequence.numbered(event, sequence))
                .call(numbered -> numbered instanceof OrderApproved approval
                        ? inFlight.approved(approval, expected)
                        : Uni.createFrom().voidItem())
                .chain(outbox::add));
    }

    /** Where the approval's units are expected to be reserved, from the locked stock rows net of what is in flight. */
    private Uni<Map<String, String>> expectedWarehouses(OrderApproved approval) {
        Map<String, Integer> units = InFlightRepository.units(approval);
        return stock.lock(units.keySet())
                .chain(levels -> inFlight.byWarehouse(units.keySet())
                        .map(taken -> ReservingWarehouse.expected(free(levels, taken), units)));
    }

    private static Map<String, Map<String, Integer>> free(
            List<WarehouseStock> levels, Map<String, Map<String, Integer>> taken) {
        Map<String, Map<String, Integer>> free = new HashMap<>();
        for (WarehouseStock level : levels) {
            int inFlight = taken.getOrDefault(level.warehouse, Map.of()).getOrDefault(level.sku, 0);
            free.computeIfAbsent(level.warehouse, w -> new HashMap<>()).put(level.sku, level.available - inFlight);
        }
        return free;
    }
}

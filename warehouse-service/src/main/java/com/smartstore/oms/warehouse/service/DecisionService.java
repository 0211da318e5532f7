package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.warehouse.domain.BackorderStatus;
import com.smartstore.oms.warehouse.domain.OrderDecision;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.PickListStatus;
import com.smartstore.oms.warehouse.repository.BackorderRepository;
import com.smartstore.oms.warehouse.repository.OrderDecisionRepository;
import com.smartstore.oms.warehouse.repository.OrderRecordRepository;
import com.smartstore.oms.warehouse.repository.PickListRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Follows review's decisions on an order (issue 17, docs/ORDER-LIFECYCLE.md): the newest by sequence is kept. A hold
 * after approval stops picking and packing; a rejection also gives back what open pick lists reserved and stops
 * waiting backorders (the freed stock serves other waiting orders first, R-W6); a newer approval resumes. Runs
 * inside the inbox's transaction.
 */
@ApplicationScoped
public class DecisionService {
    private static final Logger LOG = Logger.getLogger(DecisionService.class);

    private final OrderDecisionRepository decisions;
    private final OrderRecordRepository records;
    private final BackorderRepository backorders;
    private final PickListRepository pickLists;
    private final WaitingOrders waitingOrders;

    private final AmendmentService amendments;
    private final Clock clock;

    public DecisionService(
            OrderDecisionRepository decisions,
            OrderRecordRepository records,
            BackorderRepository backorders,
            PickListRepository pickLists,
            WaitingOrders waitingOrders,
            AmendmentService amendments,
            Clock clock) {
        this.amendments = amendments;
        this.decisions = decisions;
        this.records = records;
        this.backorders = backorders;
        this.pickLists = pickLists;
        this.waitingOrders = waitingOrders;
        this.clock = clock;
    }

    /** The decision kept for the order after this one, and whether this one is the newest. */
    public record Decided(OrderDecision current, boolean newest) {}

    /** Records a decision under the order's lock (the caller holds it); an older one changes nothing. */
    Uni<Decided> decide(
            UUID orderId,
            String orderNumber,
            OrderDecision.Kind kind,
            Long sequence,
            int revision,
            String reason,
            Instant decidedAt) {
        return decisions.findById(orderId).chain(found -> {
            OrderDecision decision = found != null ? found : OrderDecision.first(orderId, orderNumber);
            boolean newest = decision.decide(kind, sequence, revision, reason, decidedAt);
            if (!newest) {
                LOG.infof(
                        "order %s: %s (sequence %s) is not newer than %s (sequence %d); kept the newer",
                        orderId, kind, sequence, decision.decision, decision.sequence);
            }
            Uni<?> saved = found != null ? Uni.createFrom().voidItem() : decisions.persist(decision);
            return saved.replaceWith(new Decided(decision, newest));
        });
    }

    /** A hold after approval stops picking and packing until a newer approval; before approval it is only kept. */
    public Uni<Void> held(OrderHeld held) {
        String why = held.failedRules().isEmpty()
                ? "held for manual review"
                : held.failedRules().stream()
                        .map(r -> r.rule() + ": " + r.explanation())
                        .collect(Collectors.joining("; "));
        return records.lockOrder(held.orderId())
                .chain(() -> decide(
                        held.orderId(),
                        held.orderNumber(),
                        OrderDecision.Kind.HELD,
                        held.sequence(),
                        held.revision(),
                        why,
                        held.heldAt()))
                .replaceWithVoid();
    }

    /**
     * A rejection (the newest decision) releases what the order's open pick lists reserved and stops its waiting
     * backorders; picked goods stay set aside until a newer approval or a cancellation.
     */
    public Uni<Void> rejected(OrderRejected rejected) {
        UUID orderId = rejected.orderId();
        // Locks in the service-wide order: the order, backorders, pick lists, then stock rows.
        return records.lockOrder(orderId)
                .chain(() -> decide(
                        orderId,
                        rejected.orderNumber(),
                        OrderDecision.Kind.REJECTED,
                        rejected.sequence(),
                        rejected.revision(),
                        rejected.reason(),
                        rejected.rejectedAt()))
                .chain(decided -> decided.newest()
                        ? stop(orderId).chain(() -> amendments.discardParked(orderId, rejected.revision()))
                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> stop(UUID orderId) {
        return backorders
                .lockForOrder(orderId)
                .chain(waiting -> pickLists.lockForOrder(orderId).chain(lists -> {
                    waiting.stream()
                            .filter(b -> b.status == BackorderStatus.WAITING)
                            .forEach(b -> b.reject(clock.instant()));
                    List<PickList> open = lists.stream()
                            .filter(p -> p.status == PickListStatus.OPEN)
                            .toList();
                    Set<String> skus = new TreeSet<>();
                    open.forEach(p -> skus.addAll(p.quantitiesBySku().keySet()));
                    LOG.infof("order %s rejected after approval: %d open pick list(s) released", orderId, open.size());
                    return waitingOrders
                            .changeAndServe(
                                    skus,
                                    changes -> open.forEach(list -> {
                                        changes.releaseAll(list);
                                        list.reject(changes.now);
                                    }),
                                    "rejection of order " + orderId)
                            .replaceWithVoid();
                }));
    }
}

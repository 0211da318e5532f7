package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.ShortageReason;
import com.smartstore.oms.kit.inbox.PermanentEventFailure;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.warehouse.config.SlaConfig;
import com.smartstore.oms.warehouse.config.WarehouseConfig;
import com.smartstore.oms.warehouse.domain.Allocation;
import com.smartstore.oms.warehouse.domain.AmendmentPlan;
import com.smartstore.oms.warehouse.domain.Backorder;
import com.smartstore.oms.warehouse.domain.BackorderStatus;
import com.smartstore.oms.warehouse.domain.OrderDecision;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.PickListStatus;
import com.smartstore.oms.warehouse.domain.StockChanges;
import com.smartstore.oms.warehouse.repository.BackorderRepository;
import com.smartstore.oms.warehouse.repository.OrderRecordRepository;
import com.smartstore.oms.warehouse.repository.PickListRepository;
import com.smartstore.oms.warehouse.repository.StockRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Serves approved orders (R-W1, R-W2): reserves their stock in one warehouse and opens a pick list there; when no
 * single warehouse can serve every line, splits them over warehouses ({@code oms.warehouse.allow-split}) or
 * backorders them; what is backordered is reported as a shortage (R-W4). Runs inside the inbox's transaction.
 */
@ApplicationScoped
public class AllocationService {
    private static final Logger LOG = Logger.getLogger(AllocationService.class);

    private final StockRepository stocks;
    private final PickListRepository pickLists;
    private final BackorderRepository backorders;
    private final Outbox outbox;
    private final List<String> priority;
    private final Duration pickTime;
    private final boolean allowSplit;
    private final OrderRecordRepository records;
    private final ShortageReporter shortages;
    private final DecisionService decisions;
    private final AmendmentService amendments;
    private final Clock clock;

    public AllocationService(
            StockRepository stocks,
            PickListRepository pickLists,
            BackorderRepository backorders,
            OrderRecordRepository records,
            ShortageReporter shortages,
            DecisionService decisions,
            AmendmentService amendments,
            Outbox outbox,
            WarehouseConfig config,
            SlaConfig sla,
            Clock clock) {
        this.stocks = stocks;
        this.pickLists = pickLists;
        this.backorders = backorders;
        this.records = records;
        this.shortages = shortages;
        this.decisions = decisions;
        this.amendments = amendments;
        this.outbox = outbox;
        this.priority = config.priority().orElse(List.of());
        this.allowSplit = config.allowSplit();
        this.pickTime = Duration.ofHours(sla.pickHours());
        this.clock = clock;
    }

    /**
     * Allocates an approved order revision. A revision already served (a redelivery, even under another event id)
     * or older than one served is skipped, and so is a cancelled order or one whose newest decision is a rejection
     * (issue 17: an approval older than the rejection reserves nothing); an approval older than a hold still
     * reserves, and the order stays held. A newer revision replaces the open pick lists and the waiting backorders
     * of the old. Amendments parked because they came before this approval are applied right after it, in this
     * transaction.
     */
    public Uni<Void> allocate(OrderApproved approved, Instant approvedAt) {
        if (approved.lines().isEmpty()) {
            return Uni.createFrom().failure(new PermanentEventFailure("order " + approved.orderId() + " has no lines"));
        }
        UUID orderId = approved.orderId();
        return records.lockOrder(orderId)
                .chain(() -> decisions.decide(
                        orderId,
                        approved.orderNumber(),
                        OrderDecision.Kind.APPROVED,
                        approved.sequence(),
                        approved.revision(),
                        null,
                        approved.approvedAt()))
                .chain(decided -> records.isCancelled(orderId).chain(cancelled -> {
                    if (cancelled) {
                        LOG.infof("order %s was cancelled; its approval reserves nothing", orderId);
                        return Uni.createFrom().voidItem();
                    }
                    if (decided.current().rejected()) {
                        LOG.infof(
                                "order %s was rejected by a newer decision (sequence %d); approval %s reserves nothing",
                                orderId, decided.current().sequence, approved.sequence());
                        return Uni.createFrom().voidItem();
                    }
                    // Backorders before pick lists: a goods receipt serving this order's backorder holds the backorder
                    // while it creates the pick list, so once we have the backorder we also see that pick list.
                    return backorders
                            .lockForOrder(orderId)
                            .chain(waiting -> pickLists
                                    .lockForOrder(orderId)
                                    .chain(lists -> reallocate(approved, approvedAt, lists, waiting)));
                }))
                .chain(() -> amendments.applyParked(orderId));
    }

    private Uni<Void> reallocate(
            OrderApproved approved, Instant approvedAt, List<PickList> lists, List<Backorder> waiting) {
        Optional<Integer> served = AmendmentPlan.served(lists, waiting);
        if (served.isPresent() && served.get() >= approved.revision()) {
            LOG.infof(
                    "order %s revision %d is served already (revision %d); skipping",
                    approved.orderId(), approved.revision(), served.get());
            return Uni.createFrom().voidItem();
        }
        if (lists.stream().anyMatch(p -> p.status.taken())) {
            return Uni.createFrom()
                    .failure(new PermanentEventFailure("order " + approved.orderId() + " was picked already; revision "
                            + approved.revision() + " cannot be allocated again"));
        }
        List<PickList> replaced =
                lists.stream().filter(p -> p.status == PickListStatus.OPEN).toList();
        waiting.stream().filter(b -> b.status == BackorderStatus.WAITING).forEach(Backorder::supersede);
        return allocate(approved, approvedAt, replaced);
    }

    private Uni<Void> allocate(OrderApproved approved, Instant approvedAt, List<PickList> replaced) {
        SortedMap<String, Integer> demand = Allocation.demand(approved.lines());
        Set<String> skus = new TreeSet<>(demand.keySet());
        replaced.forEach(p -> skus.addAll(p.quantitiesBySku().keySet()));
        return stocks.lockBySkus(skus).chain(rows -> {
            StockChanges changes = new StockChanges(rows, clock.instant());
            // Released first, so the new revision can take the units the old one held.
            replaced.forEach(changes::supersede);
            Allocation.Plan plan = Allocation.plan(demand, rows, priority, allowSplit);
            List<Object> created = new ArrayList<>();
            plan.byWarehouse()
                    .forEach((warehouse, quantities) -> created.add(changes.reserve(
                            pickList(approved, warehouse, Allocation.lines(quantities), approvedAt, changes.now))));
            if (!plan.backordered().isEmpty()) {
                created.add(backorder(approved, Allocation.lines(plan.backordered()), approvedAt, changes.now));
            }
            return stocks.getSession()
                    .chain(s -> s.persistAll(created.toArray()).chain(() -> s.persistAll(changes.movements.toArray())))
                    .chain(() -> Sequence.each(changes.changed, stock -> outbox.add(stock.toEvent())))
                    .chain(() ->
                            shortages.report(plan.backordered().keySet(), ShortageReason.BACKORDER, null, changes.now));
        });
    }

    private PickList pickList(
            OrderApproved approved, String warehouse, List<LineQuantity> lines, Instant approvedAt, Instant now) {
        PickList list = PickList.open(
                approved.orderId(),
                approved.orderNumber(),
                approved.revision(),
                warehouse,
                lines,
                approved.requestedShipDate(),
                approvedAt,
                now,
                pickTime);
        LOG.infof("order %s revision %d: pick list %s in %s", list.orderId, list.revision, list.id, warehouse);
        return list;
    }

    private static Backorder backorder(
            OrderApproved approved, List<LineQuantity> lines, Instant approvedAt, Instant now) {
        LOG.infof("order %s revision %d: backordered %s", approved.orderId(), approved.revision(), lines);
        return Backorder.waiting(
                approved.orderId(),
                approved.orderNumber(),
                approved.revision(),
                lines,
                approved.requestedShipDate(),
                approvedAt,
                now);
    }
}

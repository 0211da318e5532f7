package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.events.ReplacementRequested;
import com.smartstore.oms.contracts.events.ShortageReason;
import com.smartstore.oms.kit.inbox.PermanentEventFailure;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.warehouse.config.SlaConfig;
import com.smartstore.oms.warehouse.config.WarehouseConfig;
import com.smartstore.oms.warehouse.domain.Allocation;
import com.smartstore.oms.warehouse.domain.Backorder;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.StockChanges;
import com.smartstore.oms.warehouse.repository.BackorderRepository;
import com.smartstore.oms.warehouse.repository.OrderRecordRepository;
import com.smartstore.oms.warehouse.repository.PickListRepository;
import com.smartstore.oms.warehouse.repository.StockRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Replacements (issue 11): a logistics case the exception desk resolved with RESEND arrives as
 * {@code replacement-requested}; the lost shipment's lines are reserved and picked again, outside the order's own
 * allocation (its reservations were consumed by the first pick), in the lost shipment's warehouse first. What no
 * warehouse has is backordered and reported as a shortage like any backorder, and served by the next receipt. The pick
 * list (and a backorder's, once served) names the lost shipment, so its {@code picked} says which shipment the parcel
 * replaces. Runs inside the inbox's transaction; once per case, also under another event id.
 */
@ApplicationScoped
public class ReplacementService {
    private static final Logger LOG = Logger.getLogger(ReplacementService.class);

    private final StockRepository stocks;
    private final PickListRepository pickLists;
    private final BackorderRepository backorders;
    private final OrderRecordRepository records;
    private final ShortageReporter shortages;
    private final Outbox outbox;
    private final List<String> priority;
    private final boolean allowSplit;
    private final Duration pickTime;
    private final Clock clock;

    public ReplacementService(
            StockRepository stocks,
            PickListRepository pickLists,
            BackorderRepository backorders,
            OrderRecordRepository records,
            ShortageReporter shortages,
            Outbox outbox,
            WarehouseConfig config,
            SlaConfig sla,
            Clock clock) {
        this.stocks = stocks;
        this.pickLists = pickLists;
        this.backorders = backorders;
        this.records = records;
        this.shortages = shortages;
        this.outbox = outbox;
        this.priority = config.priority().orElse(List.of());
        this.allowSplit = config.allowSplit();
        this.pickTime = Duration.ofHours(sla.pickHours());
        this.clock = clock;
    }

    public Uni<Void> replace(ReplacementRequested request) {
        if (request.lines().isEmpty()) {
            return Uni.createFrom()
                    .failure(new PermanentEventFailure("replacement for case " + request.caseId() + " has no lines"));
        }
        UUID orderId = request.orderId();
        // The service-wide lock order: order, backorders, pick lists, stock.
        return records.lockOrder(orderId)
                .chain(() -> records.claimReplacement(request, clock.instant()))
                .chain(claimed -> {
                    if (!claimed) {
                        LOG.infof("replacement for case %s was handled already; skipping", request.caseId());
                        return Uni.createFrom().voidItem();
                    }
                    return backorders
                            .lockForOrder(orderId)
                            .chain(waiting -> pickLists.lockForOrder(orderId).chain(lists -> {
                                // The order's newest revision: the replacement belongs to it (an approval of that
                                // revision again is then recognised as served).
                                int revision = Stream.concat(
                                                lists.stream().map(p -> p.revision),
                                                waiting.stream().map(b -> b.revision))
                                        .max(Integer::compare)
                                        .orElse(0);
                                return allocate(request, revision);
                            }));
                });
    }

    private Uni<Void> allocate(ReplacementRequested request, int revision) {
        SortedMap<String, Integer> demand = Allocation.demand(request.lines());
        List<String> order = new ArrayList<>();
        if (request.warehouse() != null) {
            order.add(request.warehouse());
        }
        priority.stream().filter(w -> !w.equals(request.warehouse())).forEach(order::add);
        return stocks.lockBySkus(demand.keySet()).chain(rows -> {
            StockChanges changes = new StockChanges(rows, clock.instant());
            Allocation.Plan plan = Allocation.plan(demand, rows, order, allowSplit);
            List<Object> created = new ArrayList<>();
            plan.byWarehouse().forEach((warehouse, quantities) -> {
                PickList list = PickList.open(
                        request.orderId(),
                        orderNumber(request),
                        revision,
                        warehouse,
                        Allocation.lines(quantities),
                        null,
                        request.requestedAt(),
                        changes.now,
                        pickTime);
                list.replacesShipmentId = request.lostShipmentId();
                list.caseId = request.caseId();
                created.add(changes.reserve(list));
                LOG.infof(
                        "order %s: replacement of shipment %s (case %s) in pick list %s in %s",
                        request.orderId(), request.lostShipmentId(), request.caseId(), list.id, warehouse);
            });
            if (!plan.backordered().isEmpty()) {
                Backorder backorder = Backorder.waiting(
                        request.orderId(),
                        orderNumber(request),
                        revision,
                        Allocation.lines(plan.backordered()),
                        null,
                        request.requestedAt(),
                        changes.now);
                backorder.replacesShipmentId = request.lostShipmentId();
                backorder.caseId = request.caseId();
                created.add(backorder);
                LOG.infof(
                        "order %s: replacement of shipment %s backordered %s",
                        request.orderId(), request.lostShipmentId(), plan.backordered());
            }
            return stocks.getSession()
                    .chain(s -> s.persistAll(created.toArray()).chain(() -> s.persistAll(changes.movements.toArray())))
                    .chain(() -> Sequence.each(changes.changed, stock -> outbox.add(stock.toEvent())))
                    .chain(() ->
                            shortages.report(plan.backordered().keySet(), ShortageReason.BACKORDER, null, changes.now));
        });
    }

    /** Pick lists and backorders need a number; shipping sends it when it knows the order. */
    private static String orderNumber(ReplacementRequested request) {
        return request.orderNumber() == null ? request.orderId().toString() : request.orderNumber();
    }
}

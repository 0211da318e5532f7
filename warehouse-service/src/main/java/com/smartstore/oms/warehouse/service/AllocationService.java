package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.kit.inbox.PermanentEventFailure;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.warehouse.config.WarehouseConfig;
import com.smartstore.oms.warehouse.domain.Allocation;
import com.smartstore.oms.warehouse.domain.Backorder;
import com.smartstore.oms.warehouse.domain.BackorderStatus;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.PickListStatus;
import com.smartstore.oms.warehouse.domain.Stock;
import com.smartstore.oms.warehouse.domain.StockMovement;
import com.smartstore.oms.warehouse.repository.BackorderRepository;
import com.smartstore.oms.warehouse.repository.PickListRepository;
import com.smartstore.oms.warehouse.repository.StockRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Serves approved orders (R-W1, R-W2): reserves their stock in one warehouse and opens a pick list there, or
 * backorders them when no single warehouse can serve every line. Runs inside the inbox's transaction.
 */
@ApplicationScoped
public class AllocationService {
    /** Who the ledger names for reservations nobody made by hand. */
    static final String SYSTEM = "system";

    private static final Logger LOG = Logger.getLogger(AllocationService.class);

    private final StockRepository stocks;
    private final PickListRepository pickLists;
    private final BackorderRepository backorders;
    private final Outbox outbox;
    private final List<String> priority;

    public AllocationService(
            StockRepository stocks,
            PickListRepository pickLists,
            BackorderRepository backorders,
            Outbox outbox,
            WarehouseConfig config) {
        this.stocks = stocks;
        this.pickLists = pickLists;
        this.backorders = backorders;
        this.outbox = outbox;
        this.priority = config.priority().orElse(List.of());
    }

    /**
     * Allocates an approved order revision. A revision already served (a redelivery, even under another event id)
     * or older than one served is skipped; a newer revision replaces the open pick list or the backorder of the old.
     */
    public Uni<Void> allocate(OrderApproved approved, Instant approvedAt) {
        if (approved.lines().isEmpty()) {
            return Uni.createFrom().failure(new PermanentEventFailure("order " + approved.orderId() + " has no lines"));
        }
        return pickLists
                .lockForOrder(approved.orderId())
                .chain(lists -> backorders.forOrder(approved.orderId()).chain(waiting -> {
                    Optional<Integer> served = served(lists, waiting);
                    if (served.isPresent() && served.get() >= approved.revision()) {
                        LOG.infof(
                                "order %s revision %d is served already (revision %d); skipping",
                                approved.orderId(), approved.revision(), served.get());
                        return Uni.createFrom().voidItem();
                    }
                    if (lists.stream().anyMatch(p -> p.status == PickListStatus.PICKED)) {
                        return Uni.createFrom()
                                .failure(new PermanentEventFailure("order " + approved.orderId()
                                        + " was picked already; revision " + approved.revision()
                                        + " cannot be allocated again"));
                    }
                    List<PickList> replaced = lists.stream()
                            .filter(p -> p.status == PickListStatus.OPEN)
                            .toList();
                    waiting.stream()
                            .filter(b -> b.status == BackorderStatus.WAITING)
                            .forEach(Backorder::supersede);
                    return allocate(approved, approvedAt, replaced);
                }));
    }

    private Uni<Void> allocate(OrderApproved approved, Instant approvedAt, List<PickList> replaced) {
        Map<String, Integer> demand = Allocation.demand(approved.lines());
        Set<String> skus = new TreeSet<>(demand.keySet());
        replaced.forEach(p -> skus.addAll(p.quantitiesBySku().keySet()));
        return stocks.lockBySkus(skus).chain(rows -> {
            Changes changes = new Changes(rows, Instant.now());
            // Released first, so the new revision can take the units the old one held.
            replaced.forEach(changes::release);
            Object created = Allocation.chooseWarehouse(demand, rows, priority)
                    .<Object>map(warehouse -> changes.reserve(pickList(approved, warehouse, approvedAt, changes.now)))
                    .orElseGet(() -> backorder(approved, approvedAt, changes.now));
            return stocks.getSession()
                    .chain(s -> s.persist(created).chain(() -> s.persistAll(changes.movements.toArray())))
                    .chain(() -> Sequence.each(changes.changed, stock -> outbox.add(stock.toEvent())));
        });
    }

    private static PickList pickList(OrderApproved approved, String warehouse, Instant approvedAt, Instant now) {
        PickList list = PickList.open(
                approved.orderId(),
                approved.orderNumber(),
                approved.revision(),
                warehouse,
                approved.lines(),
                approved.requestedShipDate(),
                approvedAt,
                now);
        LOG.infof("order %s revision %d: pick list %s in %s", list.orderId, list.revision, list.id, warehouse);
        return list;
    }

    private static Backorder backorder(OrderApproved approved, Instant approvedAt, Instant now) {
        LOG.infof(
                "order %s revision %d: no single warehouse can serve it, backordered",
                approved.orderId(), approved.revision());
        return Backorder.waiting(
                approved.orderId(),
                approved.orderNumber(),
                approved.revision(),
                approved.lines(),
                approved.requestedShipDate(),
                approvedAt,
                now);
    }

    /** The locked stock rows of one allocation, and what it changed in them: ledger rows and rows to publish. */
    private static final class Changes {
        final Instant now;
        final Map<Stock.Key, Stock> rows;
        final List<StockMovement> movements = new ArrayList<>();
        final Set<Stock> changed = new LinkedHashSet<>();

        Changes(List<Stock> rows, Instant now) {
            this.now = now;
            this.rows = rows.stream().collect(Collectors.toMap(s -> new Stock.Key(s.warehouse, s.sku), s -> s));
        }

        void release(PickList old) {
            old.supersede();
            old.quantitiesBySku().forEach((sku, quantity) -> {
                Stock stock = rows.get(new Stock.Key(old.warehouse, sku));
                movements.add(stock.release(quantity, old.orderId, old.id, SYSTEM, now));
                changed.add(stock);
            });
        }

        PickList reserve(PickList list) {
            list.quantitiesBySku().forEach((sku, quantity) -> {
                Stock stock = rows.get(new Stock.Key(list.warehouse, sku));
                movements.add(stock.reserve(quantity, list.orderId, list.id, SYSTEM, now));
                changed.add(stock);
            });
            return list;
        }
    }

    /** The newest revision that has a pick list or a backorder, if any. */
    private static Optional<Integer> served(List<PickList> lists, List<Backorder> waiting) {
        return Stream.concat(
                        lists.stream().map(p -> p.revision), waiting.stream().map(b -> b.revision))
                .max(Integer::compare);
    }
}

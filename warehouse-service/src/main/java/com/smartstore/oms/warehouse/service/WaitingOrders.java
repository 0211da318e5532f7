package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.warehouse.config.SlaConfig;
import com.smartstore.oms.warehouse.config.WarehouseConfig;
import com.smartstore.oms.warehouse.domain.Allocation;
import com.smartstore.oms.warehouse.domain.Backorder;
import com.smartstore.oms.warehouse.domain.BackorderStatus;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.StockChanges;
import com.smartstore.oms.warehouse.repository.BackorderRepository;
import com.smartstore.oms.warehouse.repository.StockRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The one path by which stock that becomes available reaches the orders waiting for it (R-W6): goods receipts,
 * resellable returns, goods of a cancelled order put back, reservations released by a cancellation or rejection,
 * and counts or corrections upwards. In the transaction that frees the stock, the waiting backorders one warehouse
 * can now serve wholly are served, oldest approval first, before any new order can take it.
 */
@ApplicationScoped
public class WaitingOrders {
    private static final Logger LOG = Logger.getLogger(WaitingOrders.class);

    private final StockRepository stocks;
    private final BackorderRepository backorders;
    private final Outbox outbox;
    private final List<String> priority;
    private final Duration pickTime;
    private final Clock clock;

    public WaitingOrders(
            StockRepository stocks,
            BackorderRepository backorders,
            Outbox outbox,
            WarehouseConfig config,
            SlaConfig sla,
            Clock clock) {
        this.stocks = stocks;
        this.backorders = backorders;
        this.outbox = outbox;
        this.priority = config.priority().orElse(List.of());
        this.pickTime = Duration.ofHours(sla.pickHours());
        this.clock = clock;
    }

    /** A backorder served and the pick list it got. */
    public record Served(Backorder backorder, PickList pickList) {}

    /** What a change did: the locked rows with their ledger rows, and the waiting orders it served. */
    record Result(StockChanges changes, List<Served> served) {}

    /**
     * Locks the waiting backorders of {@code skus} (oldest approval first), then the stock rows of those SKUs and of
     * every SKU those backorders wait for, lets {@code change} change the rows (the clock is read after the locks),
     * serves the waiting orders the stock now completes, saves the ledger and the new pick lists and publishes
     * {@code stock-levels}. Runs inside the caller's transaction, which must not hold stock row locks yet (the
     * service-wide lock order: order, purchase request, backorders, pick lists, stock).
     */
    Uni<Result> changeAndServe(Collection<String> skus, Consumer<StockChanges> change, String why) {
        if (skus.isEmpty()) {
            return Uni.createFrom().item(new Result(new StockChanges(List.of(), clock.instant()), List.of()));
        }
        return backorders.lockWaitingFor(skus).chain(locked -> {
            // A backorder this transaction stopped (a cancellation's own) may still read WAITING in the database.
            List<Backorder> waiting = locked.stream()
                    .filter(b -> b.status == BackorderStatus.WAITING)
                    .toList();
            Set<String> all = new TreeSet<>(skus);
            waiting.forEach(b -> b.lines.forEach(l -> all.add(l.sku)));
            return stocks.lockBySkus(all).chain(rows -> {
                StockChanges changes = new StockChanges(rows, clock.instant());
                change.accept(changes);
                List<Served> served = new ArrayList<>();
                for (Allocation.Serving serving : Allocation.serveWaiting(waiting, rows, priority)) {
                    PickList list =
                            changes.reserve(serving.backorder().serve(serving.warehouse(), changes.now, pickTime));
                    served.add(new Served(serving.backorder(), list));
                    LOG.infof(
                            "%s frees stock for order %s: pick list %s in %s",
                            why, list.orderId, list.id, list.warehouse);
                }
                return stocks.getSession()
                        .chain(s -> s.persistAll(
                                        served.stream().map(Served::pickList).toArray())
                                .chain(() -> s.persistAll(changes.movements.toArray())))
                        .chain(() -> Sequence.each(changes.changed, stock -> outbox.add(stock.toEvent())))
                        .replaceWith(new Result(changes, served));
            });
        });
    }
}

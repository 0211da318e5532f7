package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.warehouse.domain.BackorderStatus;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.PickListStatus;
import com.smartstore.oms.warehouse.repository.BackorderRepository;
import com.smartstore.oms.warehouse.repository.OrderRecordRepository;
import com.smartstore.oms.warehouse.repository.PickListRepository;
import com.smartstore.oms.warehouse.repository.StockRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * A cancelled order (R-I11) gives everything back: reservations of open pick lists are released, goods picked but not
 * shipped go back on the shelf, waiting backorders stop waiting. The cancellation is remembered, so an approval that
 * arrives later reserves nothing. Idempotent: a second cancellation finds nothing left to undo. Runs inside the
 * inbox's transaction.
 */
@ApplicationScoped
public class CancellationService {
    private static final Logger LOG = Logger.getLogger(CancellationService.class);

    private final BackorderRepository backorders;
    private final PickListRepository pickLists;
    private final StockRepository stocks;
    private final OrderRecordRepository records;
    private final Outbox outbox;

    public CancellationService(
            BackorderRepository backorders,
            PickListRepository pickLists,
            StockRepository stocks,
            OrderRecordRepository records,
            Outbox outbox) {
        this.backorders = backorders;
        this.pickLists = pickLists;
        this.stocks = stocks;
        this.records = records;
        this.outbox = outbox;
    }

    public Uni<Void> cancel(OrderCancelled cancelled) {
        // Locks in the service-wide order: the order, backorders, pick lists, then stock rows.
        return records.lockOrder(cancelled.orderId())
                .chain(() -> records.recordCancelled(cancelled))
                .chain(() -> backorders.lockForOrder(cancelled.orderId()))
                .chain(waiting -> pickLists.lockForOrder(cancelled.orderId()).chain(lists -> {
                    Instant now = Instant.now();
                    waiting.stream()
                            .filter(b -> b.status == BackorderStatus.WAITING)
                            .forEach(b -> b.cancel(now));
                    List<PickList> undo = lists.stream()
                            .filter(p -> p.status.inProgress() || p.status == PickListStatus.PACKED)
                            .toList();
                    if (undo.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    Set<String> skus = new TreeSet<>();
                    undo.forEach(p -> skus.addAll(p.quantitiesBySku().keySet()));
                    return stocks.lockBySkus(skus).chain(rows -> {
                        StockChanges changes = new StockChanges(rows, now);
                        String reason = "order cancelled: " + cancelled.reason();
                        for (PickList list : undo) {
                            if (list.status == PickListStatus.OPEN) {
                                changes.releaseAll(list);
                            } else {
                                changes.putBack(list, reason);
                            }
                            LOG.infof(
                                    "order %s cancelled: pick list %s (%s) undone", list.orderId, list.id, list.status);
                            list.cancel(now);
                        }
                        return stocks.getSession()
                                .chain(s -> s.persistAll(changes.movements.toArray()))
                                .chain(() -> Sequence.each(changes.changed, stock -> outbox.add(stock.toEvent())));
                    });
                }));
    }
}

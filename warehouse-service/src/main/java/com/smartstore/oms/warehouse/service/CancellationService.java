package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.warehouse.domain.BackorderStatus;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.PickListStatus;
import com.smartstore.oms.warehouse.repository.BackorderRepository;
import com.smartstore.oms.warehouse.repository.OrderRecordRepository;
import com.smartstore.oms.warehouse.repository.PickListRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * A cancelled order (R-I11, confirmed by shipping) gives everything back: reservations of open pick lists are
 * released, goods picked or packed go back on the shelf, waiting backorders stop waiting, and the stock this frees
 * serves other waiting orders first (R-W6). The cancellation is remembered, so an approval that
 * arrives later reserves nothing. Idempotent: a second cancellation finds nothing left to undo. Runs inside the
 * inbox's transaction.
 */
@ApplicationScoped
public class CancellationService {
    private static final Logger LOG = Logger.getLogger(CancellationService.class);

    private final BackorderRepository backorders;
    private final PickListRepository pickLists;
    private final OrderRecordRepository records;
    private final WaitingOrders waitingOrders;
    private final AmendmentService amendments;
    private final Clock clock;

    public CancellationService(
            BackorderRepository backorders,
            PickListRepository pickLists,
            OrderRecordRepository records,
            WaitingOrders waitingOrders,
            AmendmentService amendments,
            Clock clock) {
        this.amendments = amendments;
        this.backorders = backorders;
        this.pickLists = pickLists;
        this.records = records;
        this.waitingOrders = waitingOrders;
        this.clock = clock;
    }

    /**
     * Applies shipping's confirmation that the order is cancelled: no parcel of it left and none will, so goods
     * picked or packed for it are still here and go back on the shelf (R-I11). What that frees serves the waiting
     * orders first (R-W6).
     */
    public Uni<Void> cancel(OrderCancelled cancelled) {
        // Locks in the service-wide order: the order, backorders, pick lists, then stock rows.
        return records.lockOrder(cancelled.orderId())
                .chain(() -> records.recordCancelled(cancelled))
                .chain(() -> amendments.discardParked(cancelled.orderId()))
                .chain(() -> backorders.lockForOrder(cancelled.orderId()))
                .chain(waiting -> pickLists.lockForOrder(cancelled.orderId()).chain(lists -> {
                    waiting.stream()
                            .filter(b -> b.status == BackorderStatus.WAITING)
                            .forEach(b -> b.cancel(clock.instant()));
                    List<PickList> undo = lists.stream()
                            .filter(p -> p.status.inProgress() || p.status == PickListStatus.PACKED)
                            .toList();
                    Set<String> skus = new TreeSet<>();
                    undo.forEach(p -> skus.addAll(p.quantitiesBySku().keySet()));
                    String reason = "order cancelled: " + cancelled.reason();
                    return waitingOrders
                            .changeAndServe(
                                    skus,
                                    changes -> undo.forEach(list -> {
                                        if (list.status == PickListStatus.OPEN) {
                                            changes.releaseAll(list);
                                        } else {
                                            changes.putBack(list, reason);
                                        }
                                        LOG.infof(
                                                "order %s cancelled: pick list %s (%s) undone",
                                                list.orderId, list.id, list.status);
                                        list.cancel(changes.now);
                                    }),
                                    "cancellation of order " + cancelled.orderId())
                            .replaceWithVoid();
                }));
    }
}

package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.Severity;
import com.smartstore.oms.contracts.events.ShortageReason;
import com.smartstore.oms.kit.inbox.IncomingEvent;
import com.smartstore.oms.kit.inbox.ParkedEvent;
import com.smartstore.oms.kit.inbox.ParkedEvents;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.service.ServiceName;
import com.smartstore.oms.warehouse.domain.AmendmentPlan;
import com.smartstore.oms.warehouse.domain.Backorder;
import com.smartstore.oms.warehouse.domain.BackorderStatus;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.PickListStatus;
import com.smartstore.oms.warehouse.domain.StockChanges;
import com.smartstore.oms.warehouse.repository.BackorderRepository;
import com.smartstore.oms.warehouse.repository.OrderDecisionRepository;
import com.smartstore.oms.warehouse.repository.OrderRecordRepository;
import com.smartstore.oms.warehouse.repository.PickListRepository;
import com.smartstore.oms.warehouse.repository.StockRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * An amended order's changed lines (R-I10) adjust what the warehouse holds for it: fewer units are taken off its
 * waiting backorders first, then off its open pick lists (released); more units are reserved in the warehouses of its
 * open pick lists while they have them, the rest is backordered (a shortage). Once any of its goods was picked, the
 * amendment is refused with an {@code order-exception} (AMENDMENT_REFUSED) and nothing changes. Lines are matched
 * by SKU (one order line per SKU). An amendment that arrives before the order's approval is parked and applied right
 * after it; one the approved revision already contains is skipped. Runs inside the inbox's transaction.
 */
@ApplicationScoped
public class AmendmentService {
    static final String REFUSED = "AMENDMENT_REFUSED";
    /** The inbox consumer; parked amendments are kept under its name. */
    static final String CONSUMER = "warehouse-order-amended";

    private static final Logger LOG = Logger.getLogger(AmendmentService.class);

    private final BackorderRepository backorders;
    private final PickListRepository pickLists;
    private final StockRepository stocks;
    private final OrderRecordRepository records;
    private final ShortageReporter shortages;
    private final OrderDecisionRepository decisions;
    private final ParkedEvents parked;
    private final Outbox outbox;
    private final Clock clock;
    private final ServiceName service;

    public AmendmentService(
            BackorderRepository backorders,
            PickListRepository pickLists,
            StockRepository stocks,
            OrderRecordRepository records,
            ShortageReporter shortages,
            OrderDecisionRepository decisions,
            ParkedEvents parked,
            Outbox outbox,
            Clock clock,
            ServiceName service) {
        this.decisions = decisions;
        this.parked = parked;
        this.backorders = backorders;
        this.pickLists = pickLists;
        this.stocks = stocks;
        this.records = records;
        this.shortages = shortages;
        this.outbox = outbox;
        this.clock = clock;
        this.service = service;
    }

    /**
     * Applies an amendment's changed lines, or parks it when the warehouse has no approval of the order yet (the
     * topics are read independently): it is applied right after the approval, in the approval's transaction. An
     * amendment of a revision review rejected before any approval is dropped, like the ones parked when the rejection
     * came: an approval that may still come (after a correction or a new review) carries the lines as amended.
     */
    public Uni<Void> amend(IncomingEvent<OrderAmended> event) {
        OrderAmended amended = event.payload();
        if (!amended.changed().contains("lines") || amended.lines().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID orderId = amended.orderId();
        return records.lockOrder(orderId)
                .chain(() -> records.isCancelled(orderId))
                .chain(cancelled -> cancelled
                        ? Uni.createFrom().voidItem()
                        : decisions.findById(orderId).chain(decision -> {
                            if (decision != null && decision.approvedRevision != null) {
                                return apply(amended);
                            }
                            if (decision != null && decision.rejected() && amended.revision() <= decision.revision) {
                                LOG.infof(
                                        "order %s: amendment %s of rejected revision %d dropped",
                                        orderId, amended.amendmentId(), amended.revision());
                                return Uni.createFrom().voidItem();
                            }
                            return parked.park(CONSUMER, orderId.toString(), event, Topics.ORDER_APPROVED);
                        }));
    }

    /**
     * Applies the amendments parked for the order, in arrival order; called right after its approval was handled,
     * with the order's lock held, in the same transaction.
     */
    Uni<Void> applyParked(UUID orderId) {
        // The approval's new pick lists and backorders must be visible to the queries that lock them again.
        return Panache.getSession()
                .chain(Mutiny.Session::flush)
                .chain(() -> parked.release(CONSUMER, orderId.toString()))
                .chain(released -> Sequence.each(
                        released, p -> apply(p.as(Events.ORDER_AMENDED).payload())));
    }

    /**
     * Drops the amendments parked for a cancelled order (with its lock held): no approval will come for them, and
     * left parked they would be reported as overdue.
     */
    Uni<Void> discardParked(UUID orderId) {
        return parked.release(CONSUMER, orderId.toString())
                .invoke(dropped -> {
                    if (!dropped.isEmpty()) {
                        LOG.infof("order %s cancelled: %d parked amendment(s) dropped", orderId, dropped.size());
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Drops the amendments parked for revisions up to a rejected one (with the order's lock held): that revision will
     * never be approved, and a corrected revision's approval carries its lines as amended. Amendments of later
     * revisions stay parked for their approval.
     */
    Uni<Void> discardParked(UUID orderId, int upToRevision) {
        return parked.release(CONSUMER, orderId.toString()).chain(released -> {
            List<ParkedEvent> later = released.stream()
                    .filter(p -> p.as(Events.ORDER_AMENDED).payload().revision() > upToRevision)
                    .toList();
            if (released.size() > later.size()) {
                LOG.infof(
                        "order %s revision %d rejected: %d parked amendment(s) dropped",
                        orderId, upToRevision, released.size() - later.size());
            }
            return Sequence.each(
                    later,
                    p -> parked.park(CONSUMER, orderId.toString(), p.as(Events.ORDER_AMENDED), Topics.ORDER_APPROVED));
        });
    }

    /** Applies an amendment with the order's lock held. */
    private Uni<Void> apply(OrderAmended amended) {
        if (!amended.changed().contains("lines") || amended.lines().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return records.isCancelled(amended.orderId())
                .chain(cancelled -> cancelled
                        ? Uni.createFrom().voidItem()
                        : backorders
                                .lockForOrder(amended.orderId())
                                .chain(all -> pickLists
                                        .lockForOrder(amended.orderId())
                                        .chain(lists -> adjust(amended, all, lists))));
    }

    private Uni<Void> adjust(OrderAmended amended, List<Backorder> allBackorders, List<PickList> lists) {
        Optional<Integer> served = AmendmentPlan.served(lists, allBackorders);
        if (served.isPresent() && served.get() >= amended.revision()) {
            // An approval of this revision (or a newer one) came first and already holds these lines.
            LOG.infof(
                    "order %s: amendment %s (revision %d) is contained in revision %d already; skipping",
                    amended.orderId(), amended.amendmentId(), amended.revision(), served.get());
            return Uni.createFrom().voidItem();
        }
        List<PickList> taken = lists.stream().filter(p -> p.status.taken()).toList();
        if (!taken.isEmpty()) {
            return outbox.add(refusal(amended, taken, clock.instant()));
        }
        List<PickList> open =
                lists.stream().filter(p -> p.status == PickListStatus.OPEN).toList();
        List<Backorder> waiting = allBackorders.stream()
                .filter(b -> b.status == BackorderStatus.WAITING)
                .toList();
        if (open.isEmpty() && waiting.isEmpty()) {
            LOG.infof(
                    "order %s has nothing allocated; amendment %s changes nothing here",
                    amended.orderId(), amended.amendmentId());
            return Uni.createFrom().voidItem();
        }
        SortedMap<String, Integer> deltas = AmendmentPlan.deltas(amended, AmendmentPlan.current(open, waiting));
        return stocks.lockBySkus(deltas.keySet()).chain(rows -> {
            StockChanges changes = new StockChanges(rows, clock.instant());
            AmendmentPlan.Applied applied = AmendmentPlan.apply(amended, deltas, open, waiting, changes);
            List<Object> created = new ArrayList<>(changes.movements);
            if (applied.newBackorder() != null) {
                created.add(applied.newBackorder());
            }
            LOG.infof(
                    "order %s amended (revision %d): units changed by %s, backordered %s",
                    amended.orderId(), amended.revision(), deltas, applied.backordered());
            return stocks.getSession()
                    .chain(s -> s.persistAll(created.toArray()))
                    .chain(() -> Sequence.each(changes.changed, stock -> outbox.add(stock.toEvent())))
                    .chain(() -> shortages.report(
                            applied.backordered().keySet(), ShortageReason.BACKORDER, null, changes.now));
        });
    }

    private OrderException refusal(OrderAmended amended, List<PickList> taken, Instant now) {
        String where = taken.stream()
                .map(p -> p.warehouse + " (" + p.status + ")")
                .distinct()
                .collect(Collectors.joining(", "));
        return OrderException.detected(
                amended.orderId(),
                amended.orderNumber(),
                ExceptionType.DATA_ERROR,
                Severity.MEDIUM,
                REFUSED,
                "Order %s was already picked in %s; its lines can no longer change (amendment %s refused)"
                        .formatted(amended.orderNumber(), where, amended.amendmentId()),
                Map.of(
                        "amendmentId", amended.amendmentId().toString(),
                        "revision", Integer.toString(amended.revision()),
                        "pickLists", taken.stream().map(p -> p.id.toString()).collect(Collectors.joining(","))),
                service.value(),
                now);
    }
}

package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.events.OrderQuantity;
import com.smartstore.oms.contracts.events.ShortageReason;
import com.smartstore.oms.contracts.events.StockShortage;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.warehouse.domain.PurchaseRequest;
import com.smartstore.oms.warehouse.domain.Shortages;
import com.smartstore.oms.warehouse.repository.BackorderRepository;
import com.smartstore.oms.warehouse.repository.PurchaseRequestRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Tells purchasing (and, through the event, intake's order view) what is short (R-W4): one {@code stock-shortage}
 * per SKU with every order waiting for it, the units they wait for in total, and the expected arrival of the earliest
 * purchase request not received yet (R-W5). Runs inside the caller's transaction, after its changes.
 */
@ApplicationScoped
public class ShortageReporter {
    private final BackorderRepository backorders;
    private final PurchaseRequestRepository requests;
    private final Outbox outbox;

    public ShortageReporter(BackorderRepository backorders, PurchaseRequestRepository requests, Outbox outbox) {
        this.backorders = backorders;
        this.requests = requests;
        this.outbox = outbox;
    }

    /**
     * Publishes the shortage of each SKU that orders wait for; SKUs nobody waits for are skipped. The warehouse is
     * where a short pick happened (null for a backorder).
     */
    public Uni<Void> report(Collection<String> skus, ShortageReason reason, String warehouse, Instant now) {
        if (skus.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<String> sorted = List.copyOf(new TreeSet<>(skus));
        return backorders
                .getSession()
                .chain(s -> s.flush())
                .chain(() -> backorders.waitingFor(sorted))
                .chain(waiting -> requests.openFor(sorted).chain(open -> {
                    SortedMap<String, List<Shortages.WaitingOrder>> bySku = Shortages.waitingBySku(waiting);
                    List<StockShortage> events = new ArrayList<>();
                    for (String sku : sorted) {
                        List<Shortages.WaitingOrder> orders = bySku.getOrDefault(sku, List.of());
                        if (!orders.isEmpty()) {
                            events.add(shortage(sku, orders, earliest(open, sku), reason, warehouse, now));
                        }
                    }
                    return Sequence.each(events, outbox::add);
                }));
    }

    private static StockShortage shortage(
            String sku,
            List<Shortages.WaitingOrder> orders,
            Optional<PurchaseRequest> incoming,
            ShortageReason reason,
            String warehouse,
            Instant now) {
        return new StockShortage(
                UUID.randomUUID(),
                sku,
                incoming.map(r -> r.specification).orElse(null),
                warehouse,
                orders.stream().mapToInt(Shortages.WaitingOrder::quantity).sum(),
                reason,
                orders.stream()
                        .map(o -> new OrderQuantity(o.orderId(), o.quantity()))
                        .toList(),
                incoming.map(r -> r.expectedArrival).orElse(null),
                now);
    }

    /** The purchase request for the SKU expected first, if any is on its way. */
    static Optional<PurchaseRequest> earliest(List<PurchaseRequest> open, String sku) {
        return open.stream()
                .filter(r -> r.sku.equals(sku))
                .min(Comparator.comparing((PurchaseRequest r) -> r.expectedArrival));
    }
}

package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.events.OrderQuantity;
import com.smartstore.oms.contracts.events.StockReplenished;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.warehouse.config.SlaConfig;
import com.smartstore.oms.warehouse.config.WarehouseConfig;
import com.smartstore.oms.warehouse.domain.Allocation;
import com.smartstore.oms.warehouse.domain.Backorder;
import com.smartstore.oms.warehouse.domain.MovementType;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.Stock;
import com.smartstore.oms.warehouse.repository.BackorderRepository;
import com.smartstore.oms.warehouse.repository.PurchaseRequestRepository;
import com.smartstore.oms.warehouse.repository.StockRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Goods receipts (R-W6): the goods go on the shelf and, in the same transaction, serve the orders waiting for them,
 * oldest approval first, before new orders can take any of it.
 */
@ApplicationScoped
public class ReceiptService {
    private static final Logger LOG = Logger.getLogger(ReceiptService.class);

    private final StockRepository stocks;
    private final BackorderRepository backorders;
    private final PurchaseRequestRepository requests;
    private final Outbox outbox;
    private final List<String> priority;
    private final Duration pickTime;

    public ReceiptService(
            StockRepository stocks,
            BackorderRepository backorders,
            PurchaseRequestRepository requests,
            Outbox outbox,
            WarehouseConfig config,
            SlaConfig sla) {
        this.stocks = stocks;
        this.backorders = backorders;
        this.requests = requests;
        this.outbox = outbox;
        this.priority = config.priority().orElse(List.of());
        this.pickTime = Duration.ofHours(sla.pickHours());
    }

    /** The stock rows after the goods went on the shelf, and the waiting orders they served with their pick lists. */
    public record Received(List<Stock> stock, List<Served> served) {}

    /** A backorder served by the receipt and the pick list it got. */
    public record Served(Backorder backorder, PickList pickList) {}

    /**
     * Receives goods into a warehouse and serves the waiting orders they complete; a purchase request it names
     * (422 if unknown or for another SKU) is marked RECEIVED.
     */
    @WithTransaction
    public Uni<Received> receive(String warehouse, String sku, int quantity, UUID purchaseRequestId, String user) {
        // Locks in the service-wide order: purchase request, backorders, then stock rows (by SKU, then warehouse).
        String reason = purchaseRequestId == null ? null : "purchase request " + purchaseRequestId;
        return markReceived(purchaseRequestId, sku)
                .chain(() -> restockAndServe(
                        warehouse, new TreeMap<>(Map.of(sku, quantity)), MovementType.RECEIPT, null, reason, user));
    }

    /**
     * Puts goods on the shelf of a warehouse and, in the same transaction, serves the waiting orders they complete,
     * oldest approval first, before anyone else can take them (R-W6); publishes {@code stock-levels} and one
     * {@code stock-replenished} per SKU. Runs inside the caller's transaction (a receipt, or a resellable return of
     * {@code orderId}).
     */
    public Uni<Received> restockAndServe(
            String warehouse,
            SortedMap<String, Integer> quantities,
            MovementType type,
            UUID orderId,
            String reason,
            String user) {
        UUID receiptId = UUID.randomUUID();
        return Sequence.each(quantities.keySet(), sku -> stocks.createIfAbsent(warehouse, sku))
                .chain(() -> backorders.lockWaitingFor(quantities.keySet()))
                .chain(waiting -> {
                    Set<String> skus = new TreeSet<>(quantities.keySet());
                    waiting.forEach(b -> b.lines.forEach(l -> skus.add(l.sku)));
                    return stocks.lockBySkus(skus).chain(rows -> {
                        StockChanges changes = new StockChanges(rows, Instant.now());
                        List<Stock> received = new ArrayList<>();
                        quantities.forEach((sku, quantity) ->
                                received.add(changes.restock(warehouse, sku, quantity, type, orderId, reason, user)));
                        List<Served> served = new ArrayList<>();
                        for (Allocation.Serving serving : Allocation.serveWaiting(waiting, rows, priority)) {
                            PickList list = changes.reserve(
                                    serving.backorder().serve(serving.warehouse(), changes.now, pickTime));
                            served.add(new Served(serving.backorder(), list));
                            LOG.infof(
                                    "%s of %s into %s serves order %s: pick list %s in %s",
                                    type, quantities, warehouse, list.orderId, list.id, list.warehouse);
                        }
                        List<StockReplenished> replenished = received.stream()
                                .map(stock -> replenished(receiptId, stock, quantities, served, user, changes.now))
                                .toList();
                        return stocks.getSession()
                                .chain(s -> s.persistAll(served.stream()
                                                .map(Served::pickList)
                                                .toArray())
                                        .chain(() -> s.persistAll(changes.movements.toArray())))
                                .chain(() -> Sequence.each(changes.changed, stock -> outbox.add(stock.toEvent())))
                                .chain(() -> Sequence.each(replenished, outbox::add))
                                .replaceWith(new Received(received, served));
                    });
                });
    }

    /** What arrived of one SKU and which orders it served, with their units of that SKU. */
    private static StockReplenished replenished(
            UUID receiptId,
            Stock stock,
            Map<String, Integer> quantities,
            List<Served> served,
            String user,
            Instant now) {
        return new StockReplenished(
                receiptId,
                stock.warehouse,
                stock.sku,
                quantities.get(stock.sku),
                served.stream()
                        .filter(s -> s.backorder().quantitiesBySku().containsKey(stock.sku))
                        .map(s -> new OrderQuantity(
                                s.backorder().orderId,
                                s.backorder().quantitiesBySku().get(stock.sku)))
                        .toList(),
                stock.available(),
                user,
                now);
    }

    private Uni<Void> markReceived(UUID purchaseRequestId, String sku) {
        if (purchaseRequestId == null) {
            return Uni.createFrom().voidItem();
        }
        return requests.lock(purchaseRequestId)
                .map(request -> {
                    if (request == null) {
                        throw ApiException.unprocessable(
                                "unknown-purchase-request",
                                "Purchase request " + purchaseRequestId + " does not exist; leave it out or name one");
                    }
                    if (!request.sku.equals(sku)) {
                        throw ApiException.unprocessable(
                                "purchase-request-sku-mismatch",
                                "Purchase request %s is for %s, not %s".formatted(purchaseRequestId, request.sku, sku));
                    }
                    request.received(Instant.now());
                    return request;
                })
                .replaceWithVoid();
    }
}

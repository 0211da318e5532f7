package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.events.OrderQuantity;
import com.smartstore.oms.contracts.events.StockReplenished;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.warehouse.domain.MovementType;
import com.smartstore.oms.warehouse.domain.Stock;
import com.smartstore.oms.warehouse.repository.PurchaseRequestRepository;
import com.smartstore.oms.warehouse.repository.StockRepository;
import com.smartstore.oms.warehouse.service.WaitingOrders.Served;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Goods receipts (R-W6): the goods go on the shelf and, in the same transaction, serve the orders waiting for them,
 * oldest approval first, before new orders can take any of it.
 */
@ApplicationScoped
public class ReceiptService {
    private final StockRepository stocks;
    private final PurchaseRequestRepository requests;
    private final WaitingOrders waiting;
    private final Outbox outbox;
    private final Clock clock;

    public ReceiptService(
            StockRepository stocks,
            PurchaseRequestRepository requests,
            WaitingOrders waiting,
            Outbox outbox,
            Clock clock) {
        this.stocks = stocks;
        this.requests = requests;
        this.waiting = waiting;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The stock rows after the goods went on the shelf, and the waiting orders they served with their pick lists. */
    public record Received(List<Stock> stock, List<Served> served) {}

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
        List<Stock> received = new ArrayList<>();
        return Sequence.each(quantities.keySet(), sku -> stocks.createIfAbsent(warehouse, sku))
                .chain(() -> waiting.changeAndServe(
                        quantities.keySet(),
                        changes -> quantities.forEach((sku, quantity) ->
                                received.add(changes.restock(warehouse, sku, quantity, type, orderId, reason, user))),
                        type + " of " + quantities + " into " + warehouse))
                .chain(result -> {
                    List<StockReplenished> replenished = received.stream()
                            .map(stock -> replenished(
                                    receiptId, stock, quantities, result.served(), user, result.changes().now))
                            .toList();
                    return Sequence.each(replenished, outbox::add).replaceWith(new Received(received, result.served()));
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
                        throw Refusal.unprocessable(
                                "unknown-purchase-request",
                                "purchaseRequestId: purchase request " + purchaseRequestId
                                        + " does not exist; leave it out or name one");
                    }
                    if (!request.sku.equals(sku)) {
                        throw Refusal.unprocessable(
                                "purchase-request-sku-mismatch",
                                "sku: purchase request %s is for %s, not %s"
                                        .formatted(purchaseRequestId, request.sku, sku));
                    }
                    request.received(clock.instant());
                    return request;
                })
                .replaceWithVoid();
    }
}

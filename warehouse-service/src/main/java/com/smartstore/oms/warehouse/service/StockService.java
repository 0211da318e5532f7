package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.warehouse.domain.Stock;
import com.smartstore.oms.warehouse.domain.StockChanges;
import com.smartstore.oms.warehouse.repository.StockRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Stock counted or corrected by warehouse or purchasing staff; each change is a ledger row and a {@code stock-levels}
 * event. Units a count or correction adds serve the waiting orders first, as a goods receipt does (R-W6).
 */
@ApplicationScoped
public class StockService {
    private final StockRepository stocks;
    private final WaitingOrders waiting;

    public StockService(StockRepository stocks, WaitingOrders waiting) {
        this.stocks = stocks;
        this.waiting = waiting;
    }

    /** Sets on hand (creating the row if new); refused below what is reserved. */
    @WithTransaction
    public Uni<Stock> setOnHand(String warehouse, String sku, int onHand, String user) {
        return change(
                warehouse,
                sku,
                "count",
                changes -> changes.record(warehouse, sku, stock -> stock.setOnHand(onHand, user, changes.now)));
    }

    /**
     * Corrects on hand by a signed number of units with a reason (creating the row if new); refused when on hand
     * would go negative or below what is reserved.
     */
    @WithTransaction
    public Uni<Stock> adjust(String warehouse, String sku, int delta, String reason, String user) {
        return change(
                warehouse,
                sku,
                "correction",
                changes -> changes.record(warehouse, sku, stock -> stock.adjust(delta, reason, user, changes.now)));
    }

    /** Changes one row through the path that serves waiting orders; returns the row after both. */
    private Uni<Stock> change(
            String warehouse, String sku, String why, java.util.function.Consumer<StockChanges> change) {
        return stocks.createIfAbsent(warehouse, sku)
                .chain(() ->
                        waiting.changeAndServe(List.of(sku), change, "a " + why + " of " + sku + " in " + warehouse))
                .map(result -> result.changes().row(warehouse, sku));
    }
}

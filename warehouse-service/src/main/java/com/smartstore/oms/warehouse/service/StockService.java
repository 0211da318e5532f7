package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.warehouse.domain.Stock;
import com.smartstore.oms.warehouse.repository.StockRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Stock counted or corrected by warehouse or purchasing staff; each change is a ledger row and a {@code stock-levels} event. */
@ApplicationScoped
public class StockService {
    private final StockRepository stocks;
    private final Outbox outbox;

    public StockService(StockRepository stocks, Outbox outbox) {
        this.stocks = stocks;
        this.outbox = outbox;
    }

    /** Sets on hand (creating the row if new); refused below what is reserved. */
    @WithTransaction
    public Uni<Stock> setOnHand(String warehouse, String sku, int onHand, String user) {
        return stocks.lockOrCreate(warehouse, sku).chain(stock -> {
            var movement = stock.setOnHand(onHand, user, Instant.now());
            return stocks.getSession()
                    .chain(s -> s.persist(movement))
                    .chain(() -> outbox.add(stock.toEvent()))
                    .replaceWith(stock);
        });
    }

    /**
     * Corrects on hand by a signed number of units with a reason (creating the row if new); refused when on hand
     * would go negative or below what is reserved.
     */
    @WithTransaction
    public Uni<Stock> adjust(String warehouse, String sku, int delta, String reason, String user) {
        return stocks.lockOrCreate(warehouse, sku).chain(stock -> {
            var movement = stock.adjust(delta, reason, user, Instant.now());
            return stocks.getSession()
                    .chain(s -> s.persist(movement))
                    .chain(() -> outbox.add(stock.toEvent()))
                    .replaceWith(stock);
        });
    }
}

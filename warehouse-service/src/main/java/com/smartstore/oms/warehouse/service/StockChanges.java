package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.warehouse.domain.MovementType;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.Stock;
import com.smartstore.oms.warehouse.domain.StockMovement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The locked stock rows of one transaction, and what it changed in them: ledger rows and rows to publish. */
final class StockChanges {
    /** Who the ledger names for reservations nobody made by hand. */
    static final String SYSTEM = "system";

    final Instant now;
    final Map<Stock.Key, Stock> rows;
    final List<StockMovement> movements = new ArrayList<>();
    final Set<Stock> changed = new LinkedHashSet<>();

    /**
     * The rows must be locked already: the clock is read here, after the locks, so a change never stamps a row
     * older than the writer it waited for (issue 17 case 6).
     */
    StockChanges(List<Stock> rows, Clock clock) {
        this.now = clock.instant();
        this.rows = rows.stream().collect(Collectors.toMap(s -> new Stock.Key(s.warehouse, s.sku), s -> s));
    }

    /** Supersedes an open pick list and gives its reserved units back. */
    void supersede(PickList old) {
        old.supersede();
        releaseAll(old);
    }

    /** Gives back every unit an open pick list holds reserved. */
    void releaseAll(PickList list) {
        list.quantitiesBySku().forEach((sku, quantity) -> release(list, sku, quantity));
    }

    /** Gives back some reserved units of an open pick list. */
    void release(PickList list, String sku, int quantity) {
        Stock stock = row(list.warehouse, sku);
        record(stock, stock.release(quantity, list.orderId, list.id, SYSTEM, now));
    }

    /** Reserves every unit of a new pick list in its warehouse. */
    PickList reserve(PickList list) {
        list.quantitiesBySku().forEach((sku, quantity) -> reserve(list, sku, quantity));
        return list;
    }

    /** Reserves more units for a pick list in its warehouse. */
    void reserve(PickList list, String sku, int quantity) {
        Stock stock = row(list.warehouse, sku);
        record(stock, stock.reserve(quantity, list.orderId, list.id, SYSTEM, now));
    }

    /** A confirmed pick: the units found leave the shelf, the units not found are written off (R-W3). */
    void take(PickList list, String actor) {
        list.pickedBySku().forEach((sku, quantity) -> {
            Stock stock = row(list.warehouse, sku);
            record(stock, stock.pick(quantity, list.orderId, list.id, actor, now));
        });
        list.missingBySku().forEach((sku, quantity) -> {
            Stock stock = row(list.warehouse, sku);
            record(stock, stock.writeOff(quantity, list.orderId, list.id, actor, now));
        });
    }

    /** Picked goods of a cancelled order go back on the shelf. */
    void putBack(PickList list, String reason) {
        list.pickedBySku().forEach((sku, quantity) -> {
            Stock stock = row(list.warehouse, sku);
            StockMovement movement =
                    stock.restock(MovementType.CANCEL_RESTOCK, quantity, list.orderId, reason, SYSTEM, now);
            movement.pickListId = list.id;
            record(stock, movement);
        });
    }

    /** Goods go on the shelf: a receipt, or a resellable return of an order. */
    Stock restock(
            String warehouse, String sku, int quantity, MovementType type, UUID orderId, String reason, String actor) {
        Stock stock = row(warehouse, sku);
        record(stock, stock.restock(type, quantity, orderId, reason, actor, now));
        return stock;
    }

    /** A count or correction by staff; returns the row. */
    Stock record(String warehouse, String sku, Function<Stock, StockMovement> change) {
        Stock stock = row(warehouse, sku);
        record(stock, change.apply(stock));
        return stock;
    }

    /** The locked row of a warehouse and SKU. */
    Stock row(String warehouse, String sku) {
        Stock stock = rows.get(new Stock.Key(warehouse, sku));
        if (stock == null) {
            throw new IllegalStateException("stock row " + warehouse + "/" + sku + " is not locked");
        }
        return stock;
    }

    private void record(Stock stock, StockMovement movement) {
        movements.add(movement);
        changed.add(stock);
    }
}

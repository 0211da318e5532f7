package com.smartstore.oms.warehouse.domain;

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
public final class StockChanges {
    /** Who the ledger names for reservations nobody made by hand. */
    public static final String SYSTEM = "system";

    public final Instant now;
    public final Map<Stock.Key, Stock> rows;
    public final List<StockMovement> movements = new ArrayList<>();
    public final Set<Stock> changed = new LinkedHashSet<>();

    /**
     * The rows must be locked already, and {@code now} read after the locks, so a change never stamps a row older
     * than the writer it waited for (issue 17 case 6).
     */
    public StockChanges(List<Stock> rows, Instant now) {
        this.now = now;
        this.rows = rows.stream().collect(Collectors.toMap(s -> new Stock.Key(s.warehouse, s.sku), s -> s));
    }

    /** Supersedes an open pick list and gives its reserved units back. */
    public void supersede(PickList old) {
        old.supersede();
        releaseAll(old);
    }

    /** Gives back every unit an open pick list holds reserved. */
    public void releaseAll(PickList list) {
        list.quantitiesBySku().forEach((sku, quantity) -> release(list, sku, quantity));
    }

    /** Gives back some reserved units of an open pick list. */
    public void release(PickList list, String sku, int quantity) {
        Stock stock = row(list.warehouse, sku);
        record(stock, stock.release(quantity, list.orderId, list.id, SYSTEM, now));
    }

    /** Reserves every unit of a new pick list in its warehouse. */
    public PickList reserve(PickList list) {
        list.quantitiesBySku().forEach((sku, quantity) -> reserve(list, sku, quantity));
        return list;
    }

    /** Reserves more units for a pick list in its warehouse. */
    public void reserve(PickList list, String sku, int quantity) {
        Stock stock = row(list.warehouse, sku);
        record(stock, stock.reserve(quantity, list.orderId, list.id, SYSTEM, now));
    }

    /** A confirmed pick: the units found leave the shelf, the units not found are written off (R-W3). */
    public void take(PickList list, String actor) {
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
    public void putBack(PickList list, String reason) {
        list.pickedBySku().forEach((sku, quantity) -> {
            Stock stock = row(list.warehouse, sku);
            StockMovement movement =
                    stock.restock(MovementType.CANCEL_RESTOCK, quantity, list.orderId, reason, SYSTEM, now);
            movement.pickListId = list.id;
            record(stock, movement);
        });
    }

    /** Goods go on the shelf: a receipt, or a resellable return of an order. */
    public Stock restock(
            String warehouse, String sku, int quantity, MovementType type, UUID orderId, String reason, String actor) {
        Stock stock = row(warehouse, sku);
        record(stock, stock.restock(type, quantity, orderId, reason, actor, now));
        return stock;
    }

    /** A count or correction by staff; returns the row. */
    public Stock record(String warehouse, String sku, Function<Stock, StockMovement> change) {
        Stock stock = row(warehouse, sku);
        record(stock, change.apply(stock));
        return stock;
    }

    /** The locked row of a warehouse and SKU. */
    public Stock row(String warehouse, String sku) {
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

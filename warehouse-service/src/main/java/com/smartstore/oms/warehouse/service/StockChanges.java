package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.Stock;
import com.smartstore.oms.warehouse.domain.StockMovement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The locked stock rows of one transaction, and what it changed in them: ledger rows and rows to publish. */
final class StockChanges {
    /** Who the ledger names for reservations nobody made by hand. */
    static final String SYSTEM = "system";

    final Instant now;
    final Map<Stock.Key, Stock> rows;
    final List<StockMovement> movements = new ArrayList<>();
    final Set<Stock> changed = new LinkedHashSet<>();

    StockChanges(List<Stock> rows, Instant now) {
        this.now = now;
        this.rows = rows.stream().collect(Collectors.toMap(s -> new Stock.Key(s.warehouse, s.sku), s -> s));
    }

    /** Supersedes an open pick list and gives its reserved units back. */
    void release(PickList old) {
        old.supersede();
        old.quantitiesBySku().forEach((sku, quantity) -> {
            Stock stock = row(old.warehouse, sku);
            movements.add(stock.release(quantity, old.orderId, old.id, SYSTEM, now));
            changed.add(stock);
        });
    }

    /** Reserves every unit of a new pick list in its warehouse. */
    PickList reserve(PickList list) {
        list.quantitiesBySku().forEach((sku, quantity) -> {
            Stock stock = row(list.warehouse, sku);
            movements.add(stock.reserve(quantity, list.orderId, list.id, SYSTEM, now));
            changed.add(stock);
        });
        return list;
    }

    /** Puts received goods on the shelf. */
    Stock receive(String warehouse, String sku, int quantity, String reason, String actor) {
        Stock stock = row(warehouse, sku);
        movements.add(stock.receive(quantity, reason, actor, now));
        changed.add(stock);
        return stock;
    }

    private Stock row(String warehouse, String sku) {
        Stock stock = rows.get(new Stock.Key(warehouse, sku));
        if (stock == null) {
            throw new IllegalStateException("stock row " + warehouse + "/" + sku + " is not locked");
        }
        return stock;
    }
}

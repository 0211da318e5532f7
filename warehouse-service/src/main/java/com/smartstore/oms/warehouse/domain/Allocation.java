package com.smartstore.oms.warehouse.domain;

import com.smartstore.oms.contracts.events.LineQuantity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which single warehouse serves an approved order (R-W1, R-W2): plain logic, no database. */
public final class Allocation {

    /** Units needed per SKU, lines of the same SKU added up, in SKU order (the order stock rows are locked in). */
    public static SortedMap<String, Integer> demand(List<LineQuantity> lines) {
        SortedMap<String, Integer> demand = new TreeMap<>();
        lines.forEach(l -> demand.merge(l.sku(), l.quantity(), Integer::sum));
        return demand;
    }

    /**
     * The first warehouse, in priority order, whose available stock covers every SKU of the demand; empty when
     * no single warehouse can serve the whole order.
     */
    public static Optional<String> chooseWarehouse(
            Map<String, Integer> demand, Collection<Stock> stock, List<String> priority) {
        Map<String, Map<String, Integer>> available = new HashMap<>();
        stock.forEach(s ->
                available.computeIfAbsent(s.warehouse, w -> new HashMap<>()).put(s.sku, s.available()));
        return candidates(available.keySet(), priority).stream()
                .filter(w -> demand.entrySet().stream()
                        .allMatch(d -> available.get(w).getOrDefault(d.getKey(), 0) >= d.getValue()))
                .findFirst();
    }

    /** A waiting order and the warehouse that can now serve all of it. */
    public record Serving(Backorder backorder, String warehouse) {}

    /**
     * Which waiting orders the stock can serve now, each from one warehouse, oldest approval first (R-W6): the
     * waiting list must come in that order. An order that cannot be served completely is passed over; a younger one
     * that fits what is left still gets it. The stock rows are not changed; units an older order takes are not
     * offered to the younger ones.
     */
    public static List<Serving> serveWaiting(List<Backorder> waiting, Collection<Stock> stock, List<String> priority) {
        List<Stock> left = stock.stream()
                .map(s -> Stock.of(s.warehouse, s.sku, s.onHand, s.reserved))
                .toList();
        List<Serving> served = new ArrayList<>();
        for (Backorder backorder : waiting) {
            Map<String, Integer> demand = demand(backorder.lineQuantities());
            chooseWarehouse(demand, left, priority).ifPresent(warehouse -> {
                left.stream()
                        .filter(s -> s.warehouse.equals(warehouse) && demand.containsKey(s.sku))
                        .forEach(s -> s.reserved += demand.get(s.sku));
                served.add(new Serving(backorder, warehouse));
            });
        }
        return served;
    }

    /** Warehouses in the configured priority first, the others after them alphabetically. */
    static List<String> candidates(Collection<String> warehouses, List<String> priority) {
        LinkedHashSet<String> ordered = new LinkedHashSet<>();
        priority.stream().filter(warehouses::contains).forEach(ordered::add);
        ordered.addAll(new TreeSet<>(warehouses));
        return new ArrayList<>(ordered);
    }

    private Allocation() {}
}

package com.smartstore.oms.warehouse.domain;

import com.smartstore.oms.contracts.events.LineQuantity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which warehouses serve an approved order, or a waiting one (R-W1, R-W2, R-W6): plain logic, no database. */
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
        Map<String, Map<String, Integer>> available = availableByWarehouse(stock);
        return candidates(available.keySet(), priority).stream()
                .filter(w -> demand.entrySet().stream()
                        .allMatch(d -> available.get(w).getOrDefault(d.getKey(), 0) >= d.getValue()))
                .findFirst();
    }

    /**
     * Where an order's units come from: units per SKU per warehouse (in the order the warehouses were chosen), and
     * the units no warehouse has, to be backordered.
     */
    public record Plan(Map<String, SortedMap<String, Integer>> byWarehouse, SortedMap<String, Integer> backordered) {}

    /**
     * Plans an approved order (R-W1, R-W2): all of it from the first warehouse, in priority order, that can serve
     * every line. If none can and splitting is allowed, each SKU comes from the first warehouse that has all of it
     * (one already chosen for another SKU preferred), else from as many warehouses as it takes, in priority order; what
     * no warehouse has is backordered. Without splitting, the whole order is backordered.
     */
    public static Plan plan(
            SortedMap<String, Integer> demand, Collection<Stock> stock, List<String> priority, boolean allowSplit) {
        Map<String, SortedMap<String, Integer>> byWarehouse = new LinkedHashMap<>();
        Optional<String> whole = chooseWarehouse(demand, stock, priority);
        if (whole.isPresent()) {
            byWarehouse.put(whole.get(), new TreeMap<>(demand));
            return new Plan(byWarehouse, new TreeMap<>());
        }
        if (!allowSplit) {
            return new Plan(byWarehouse, new TreeMap<>(demand));
        }
        Map<String, Map<String, Integer>> available = availableByWarehouse(stock);
        List<String> ordered = candidates(available.keySet(), priority);
        SortedMap<String, Integer> backordered = new TreeMap<>();
        demand.forEach((sku, quantity) -> {
            Optional<String> single = ordered.stream()
                    .filter(w -> available.get(w).getOrDefault(sku, 0) >= quantity)
                    .min(Comparator.comparing((String w) -> !byWarehouse.containsKey(w)));
            if (single.isPresent()) {
                byWarehouse.computeIfAbsent(single.get(), w -> new TreeMap<>()).put(sku, quantity);
                return;
            }
            int left = quantity;
            for (String warehouse : ordered) {
                int take = Math.min(left, available.get(warehouse).getOrDefault(sku, 0));
                if (take > 0) {
                    byWarehouse.computeIfAbsent(warehouse, w -> new TreeMap<>()).put(sku, take);
                    left -= take;
                }
            }
            if (left > 0) {
                backordered.put(sku, left);
            }
        });
        return new Plan(byWarehouse, backordered);
    }

    /** Lines of a SKU-to-units map, in SKU order. */
    public static List<LineQuantity> lines(Map<String, Integer> quantities) {
        return quantities.entrySet().stream()
                .map(e -> new LineQuantity(e.getKey(), e.getValue()))
                .toList();
    }

    private static Map<String, Map<String, Integer>> availableByWarehouse(Collection<Stock> stock) {
        Map<String, Map<String, Integer>> available = new HashMap<>();
        stock.forEach(s ->
                available.computeIfAbsent(s.warehouse, w -> new HashMap<>()).put(s.sku, s.available()));
        return available;
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

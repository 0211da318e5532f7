package com.smartstore.oms.warehouse.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What purchasing must restock (R-W4): per SKU, the units waiting orders need beyond what is available in all
 * warehouses together, and which orders wait for it. Plain logic, no database.
 */
public final class Shortages {

    /** A waiting order's need for one SKU. */
    public record WaitingOrder(UUID orderId, String orderNumber, int quantity, Instant approvedAt) {}

    /** A SKU short by {@code shortage} units: waiting orders need {@code needed}, warehouses have {@code available}. */
    public record Shortage(String sku, int needed, int available, int shortage, List<WaitingOrder> orders) {}

    /**
     * SKUs whose waiting orders need more than is available, in SKU order; the waiting orders oldest approval first
     * (the order they come in).
     */
    public static List<Shortage> of(List<Backorder> waiting, Collection<Stock> stock) {
        SortedMap<String, List<WaitingOrder>> bySku = waitingBySku(waiting);
        Map<String, Integer> available = new TreeMap<>();
        stock.forEach(s -> available.merge(s.sku, s.available(), Integer::sum));
        List<Shortage> shortages = new ArrayList<>();
        bySku.forEach((sku, orders) -> {
            int needed = orders.stream().mapToInt(WaitingOrder::quantity).sum();
            int have = available.getOrDefault(sku, 0);
            if (needed > have) {
                shortages.add(new Shortage(sku, needed, have, needed - have, List.copyOf(orders)));
            }
        });
        return shortages;
    }

    /**
     * Per SKU, the orders waiting for it and how many units each, oldest approval first (the order the backorders
     * come in); an order waiting in two backorders (e.g. approval and short pick) is listed once with their sum.
     */
    public static SortedMap<String, List<WaitingOrder>> waitingBySku(List<Backorder> waiting) {
        SortedMap<String, Map<UUID, WaitingOrder>> bySku = new TreeMap<>();
        for (Backorder backorder : waiting) {
            backorder
                    .quantitiesBySku()
                    .forEach((sku, quantity) -> bySku.computeIfAbsent(sku, s -> new LinkedHashMap<>())
                            .merge(
                                    backorder.orderId,
                                    new WaitingOrder(
                                            backorder.orderId, backorder.orderNumber, quantity, backorder.approvedAt),
                                    (a, b) -> new WaitingOrder(
                                            a.orderId(),
                                            a.orderNumber(),
                                            a.quantity() + b.quantity(),
                                            a.approvedAt())));
        }
        SortedMap<String, List<WaitingOrder>> result = new TreeMap<>();
        bySku.forEach((sku, orders) -> result.put(sku, new ArrayList<>(orders.values())));
        return result;
    }

    private Shortages() {}
}

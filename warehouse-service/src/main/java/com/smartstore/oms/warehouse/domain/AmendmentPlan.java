package com.smartstore.oms.warehouse.domain;

import com.smartstore.oms.contracts.events.OrderAmended;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an amended order's changed lines (R-I10) do to what the warehouse holds for it, beside {@link Allocation}:
 * plain logic on the order's open pick lists and waiting backorders and the locked stock rows, no database. Fewer
 * units are taken off its waiting backorders first, then off its open pick lists (released); more units are reserved
 * in the warehouses of its open pick lists while they have them (one already holding the SKU first), the rest is
 * backordered. Lines are matched by SKU (one order line per SKU).
 */
public final class AmendmentPlan {

    /** The units no warehouse could reserve, and the backorder they wait in if it is a new one (else null). */
    public record Applied(SortedMap<String, Integer> backordered, Backorder newBackorder) {}

    /**
     * Units to add (positive) or release (negative) per SKU. With what each line was before, that is exact: a line
     * moved to another variant releases the old SKU's units and takes the new one's. Events without it (published
     * before the field existed) are read as the new total of each named SKU, against what the warehouse holds now.
     */
    public static SortedMap<String, Integer> deltas(OrderAmended amended, Map<String, Integer> current) {
        SortedMap<String, Integer> deltas = new TreeMap<>();
        boolean knowsBefore =
                amended.lines().stream().allMatch(l -> l.previousSku() != null && l.previousQuantity() != null);
        if (knowsBefore) {
            for (OrderAmended.LineChange line : amended.lines()) {
                deltas.merge(line.sku(), line.quantity(), Integer::sum);
                deltas.merge(line.previousSku(), -line.previousQuantity(), Integer::sum);
            }
        } else {
            amended.lines().stream()
                    .collect(Collectors.groupingBy(
                            OrderAmended.LineChange::sku, Collectors.summingInt(OrderAmended.LineChange::quantity)))
                    .forEach((sku, total) -> deltas.put(sku, total - current.getOrDefault(sku, 0)));
        }
        deltas.values().removeIf(delta -> delta == 0);
        return deltas;
    }

    /**
     * The newest revision the order's pick lists and backorders were made or amended for, if any; those a rejection
     * stopped do not count: a newer approval of the same revision allocates it again.
     */
    public static Optional<Integer> served(List<PickList> lists, List<Backorder> backorders) {
        return Stream.concat(
                        lists.stream()
                                .filter(p -> p.status != PickListStatus.REJECTED)
                                .map(p -> p.revision),
                        backorders.stream()
                                .filter(b -> b.status != BackorderStatus.REJECTED)
                                .map(b -> b.revision))
                .max(Integer::compare);
    }

    /** Units per SKU the warehouse holds (open pick lists) or awaits (waiting backorders) for the order now. */
    public static SortedMap<String, Integer> current(List<PickList> open, List<Backorder> waiting) {
        SortedMap<String, Integer> current = new TreeMap<>();
        open.forEach(p -> p.quantitiesBySku().forEach((sku, q) -> current.merge(sku, q, Integer::sum)));
        waiting.forEach(b -> b.quantitiesBySku().forEach((sku, q) -> current.merge(sku, q, Integer::sum)));
        return current;
    }

    /**
     * Applies the deltas: reservations and releases go through {@code changes} (its rows of the deltas' SKUs locked);
     * pick lists left without lines are superseded; every open list and waiting backorder is marked as serving the
     * amended revision, so a later approval of it finds it served.
     */
    public static Applied apply(
            OrderAmended amended,
            SortedMap<String, Integer> deltas,
            List<PickList> open,
            List<Backorder> waiting,
            StockChanges changes) {
        SortedMap<String, Integer> backordered = new TreeMap<>();
        // Additions first: a line that goes keeps its number until the flush, so a new line must not reuse it.
        deltas.forEach((sku, delta) -> {
            if (delta > 0) {
                int left = reserve(sku, delta, open, changes);
                if (left > 0) {
                    backordered.put(sku, left);
                }
            }
        });
        deltas.forEach((sku, delta) -> {
            if (delta < 0) {
                reduce(sku, -delta, open, waiting, changes);
            }
        });
        Backorder backorder = backorder(amended, open, waiting, backordered, changes);
        open.stream().filter(p -> p.lines.isEmpty()).forEach(PickList::supersede);
        open.forEach(p -> p.revision = Math.max(p.revision, amended.revision()));
        waiting.forEach(b -> b.revision = Math.max(b.revision, amended.revision()));
        return new Applied(backordered, backorder == null || waiting.contains(backorder) ? null : backorder);
    }

    /** Fewer units: what is awaited goes first, then what is reserved (released). */
    private static void reduce(
            String sku, int quantity, List<PickList> open, List<Backorder> waiting, StockChanges changes) {
        int left = quantity;
        for (Backorder backorder : waiting) {
            left -= backorder.reduce(sku, left);
        }
        for (PickList list : open) {
            int off = left == 0 ? 0 : list.reduce(sku, left);
            if (off > 0) {
                changes.release(list, sku, off);
                left -= off;
            }
        }
    }

    /** More units: reserved in the open pick lists' warehouses (one holding the SKU first); returns what is left. */
    private static int reserve(String sku, int quantity, List<PickList> open, StockChanges changes) {
        int left = quantity;
        List<PickList> byPreference = new ArrayList<>(open);
        byPreference.sort(
                Comparator.comparing((PickList p) -> !p.quantitiesBySku().containsKey(sku)));
        for (PickList list : byPreference) {
            Stock stock = changes.rows.get(new Stock.Key(list.warehouse, sku));
            int take = stock == null ? 0 : Math.min(left, stock.available());
            if (take > 0) {
                list.add(sku, take);
                changes.reserve(list, sku, take);
                left -= take;
            }
        }
        return left;
    }

    /** The units no warehouse could reserve wait in the order's backorder (a new one if it has none waiting). */
    private static Backorder backorder(
            OrderAmended amended,
            List<PickList> open,
            List<Backorder> waiting,
            Map<String, Integer> backordered,
            StockChanges changes) {
        if (backordered.isEmpty()) {
            return null;
        }
        Backorder backorder = waiting.stream()
                .filter(b -> b.status == BackorderStatus.WAITING)
                .findFirst()
                .orElseGet(() -> Backorder.waiting(
                        amended.orderId(),
                        amended.orderNumber(),
                        amended.revision(),
                        List.of(),
                        open.isEmpty() ? waiting.get(0).requestedShipDate : open.get(0).requestedShipDate,
                        open.isEmpty() ? waiting.get(0).approvedAt : open.get(0).approvedAt,
                        changes.now));
        backordered.forEach(backorder::add);
        return backorder;
    }

    private AmendmentPlan() {}
}

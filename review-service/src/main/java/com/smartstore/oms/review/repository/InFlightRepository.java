package com.smartstore.oms.review.repository;

import com.smartstore.oms.contracts.events.OrderApproved;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Units approved orders will take that the stock-levels projection does not show yet (R-R1): recorded
 * per approval and SKU with the warehouse expected to reserve them, forgotten once a newer stock level of that
 * warehouse and SKU arrives or the order is cancelled.
 */
@ApplicationScoped
public class InFlightRepository {

    /** Units per SKU an approval takes. */
    public static Map<String, Integer> units(OrderApproved approval) {
        Map<String, Integer> bySku = new LinkedHashMap<>();
        approval.lines().forEach(l -> bySku.merge(l.sku(), l.quantity(), Integer::sum));
        return bySku;
    }

    /**
     * Records what an approval takes, per SKU, with the warehouse expected to reserve it (none: any warehouse's
     * newer level forgets it); the same approval again changes nothing.
     */
    public Uni<Void> approved(OrderApproved approval, Map<String, String> warehouseBySku) {
        Map<String, Integer> bySku = units(approval);
        Uni<Void> done = Uni.createFrom().voidItem();
        for (Map.Entry<String, Integer> line : bySku.entrySet()) {
            done = done.chain(() -> Panache.getSession()
                    .chain(s -> s.createNativeQuery("insert into approved_in_flight"
                                    + " (review_id, order_id, sku, quantity, approved_at, warehouse)"
                                    + " values (:review, :order, :sku, :quantity, :at, :warehouse)"
                                    + " on conflict do nothing")
                            .setParameter("review", approval.reviewId())
                            .setParameter("order", approval.orderId())
                            .setParameter("sku", line.getKey())
                            .setParameter("quantity", line.getValue())
                            .setParameter("at", approval.approvedAt())
                            .setParameter("warehouse", warehouseBySku.get(line.getKey()))
                            .executeUpdate())
                    .replaceWithVoid());
        }
        return done;
    }

    /**
     * A stock level the expected warehouse published after these approvals reflects them: they are no longer in
     * flight. Another warehouse's level says nothing about them (issue 17 case 5).
     */
    public Uni<Integer> reflectedIn(String warehouse, String sku, Instant stockUpdatedAt) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("delete from approved_in_flight where sku = :sku"
                                + " and (warehouse = :warehouse or warehouse is null) and approved_at < :at")
                        .setParameter("sku", sku)
                        .setParameter("warehouse", warehouse)
                        .setParameter("at", stockUpdatedAt)
                        .executeUpdate());
    }

    /** Units in flight per warehouse expected to reserve them and SKU, for these SKUs. */
    public Uni<Map<String, Map<String, Integer>>> byWarehouse(Collection<String> skus) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select warehouse, sku, sum(quantity) from approved_in_flight"
                                        + " where sku in (:skus) and warehouse is not null group by warehouse, sku",
                                Object[].class)
                        .setParameter("skus", skus)
                        .getResultList())
                .map(rows -> {
                    Map<String, Map<String, Integer>> result = new HashMap<>();
                    rows.forEach(r -> result.computeIfAbsent((String) r[0], w -> new HashMap<>())
                            .put((String) r[1], ((Number) r[2]).intValue()));
                    return result;
                });
    }

    /** A cancelled order takes nothing. */
    public Uni<Integer> cancelled(UUID orderId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("delete from approved_in_flight where order_id = :order")
                        .setParameter("order", orderId)
                        .executeUpdate());
    }

    /** Units in flight per SKU for these SKUs, not counting the given order's own approvals. */
    public Uni<Map<String, Integer>> bySku(Collection<String> skus, UUID exceptOrder) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select sku, sum(quantity) from approved_in_flight"
                                        + " where sku in (:skus) and order_id <> :order group by sku",
                                Object[].class)
                        .setParameter("skus", skus)
                        .setParameter("order", exceptOrder)
                        .getResultList())
                .map(rows ->
                        rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).intValue())));
    }
}

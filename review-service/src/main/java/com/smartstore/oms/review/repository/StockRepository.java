package com.smartstore.oms.review.repository;

import com.smartstore.oms.contracts.events.StockLevel;
import com.smartstore.oms.review.domain.WarehouseStock;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The stock-levels projection: available units per warehouse and SKU. */
@ApplicationScoped
public class StockRepository implements PanacheRepositoryBase<WarehouseStock, WarehouseStock.Key> {

    /** Inserts or replaces the level unless the stored one is newer (latest {@code updatedAt} wins). */
    public Uni<Integer> upsert(StockLevel level) {
        return getSession()
                .chain(s -> s.createNativeQuery("""
                                insert into stock_level (warehouse, sku, available, updated_at)
                                values (:warehouse, :sku, :available, :updatedAt)
                                on conflict (warehouse, sku) do update set
                                    available = excluded.available, updated_at = excluded.updated_at
                                where stock_level.updated_at <= excluded.updated_at""")
                        .setParameter("warehouse", level.warehouse())
                        .setParameter("sku", level.sku())
                        .setParameter("available", level.available())
                        .setParameter("updatedAt", level.updatedAt())
                        .executeUpdate());
    }

    /**
     * The stock rows of these SKUs, locked for the caller's transaction in SKU and warehouse order (issue 17
     * case 5): two reviews that count the same SKU's stock net of approvals in flight take turns, and the second
     * sees the first one's approvals. The same order everywhere keeps them from deadlocking.
     */
    public Uni<List<WarehouseStock>> lock(Collection<String> skus) {
        return getSession()
                .chain(s -> s.createNativeQuery(
                                "select * from stock_level where sku in (:skus) order by sku, warehouse for update",
                                WarehouseStock.class)
                        .setParameter("skus", skus)
                        .getResultList());
    }

    /**
     * Available units per SKU summed over all warehouses. A warehouse that is oversold (negative) counts
     * as zero: its shortfall does not use up another warehouse's stock.
     */
    public Uni<Map<String, Integer>> availableBySku(Collection<String> skus) {
        return getSession()
                .chain(s -> s.createQuery(
                                "select s.sku, sum(case when s.available > 0 then s.available else 0 end)"
                                        + " from WarehouseStock s where s.sku in ?1 group by s.sku",
                                Object[].class)
                        .setParameter(1, skus)
                        .getResultList())
                .map(rows ->
                        rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).intValue())));
    }
}

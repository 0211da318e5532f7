package com.smartstore.oms.warehouse.repository;

import com.smartstore.oms.warehouse.domain.StockMovement;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The stock ledger. */
@ApplicationScoped
public class StockMovementRepository implements PanacheRepositoryBase<StockMovement, Long> {

    public Uni<List<StockMovement>> forOrder(UUID orderId) {
        return list("orderId", Sort.by("id"), orderId);
    }

    /** A page of the ledger, newest first; every filter may be null. */
    public Uni<List<StockMovement>> search(String sku, String warehouse, UUID orderId, int page, int size) {
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder("1 = 1");
        if (sku != null) {
            where.append(" and sku = :sku");
            params.and("sku", sku);
        }
        if (warehouse != null) {
            where.append(" and warehouse = :warehouse");
            params.and("warehouse", warehouse);
        }
        if (orderId != null) {
            where.append(" and orderId = :orderId");
            params.and("orderId", orderId);
        }
        return find(where.toString(), Sort.descending("id"), params)
                .page(Page.of(page, size))
                .list();
    }

    public Uni<List<StockMovement>> forStock(String warehouse, String sku) {
        return list("warehouse = ?1 and sku = ?2", Sort.by("id"), warehouse, sku);
    }
}

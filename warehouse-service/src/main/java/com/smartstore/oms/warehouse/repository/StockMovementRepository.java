package com.smartstore.oms.warehouse.repository;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import com.smartstore.oms.warehouse.domain.StockMovement;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
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
    public Uni<Page<StockMovement>> search(String sku, String warehouse, UUID orderId, int page, int size) {
        return new Where()
                .equal("sku", sku)
                .equal("warehouse", warehouse)
                .equal("orderId", orderId)
                .pageWithTotal(this, Sort.descending("id"), page, size);
    }

    public Uni<List<StockMovement>> forStock(String warehouse, String sku) {
        return list("warehouse = ?1 and sku = ?2", Sort.by("id"), warehouse, sku);
    }
}

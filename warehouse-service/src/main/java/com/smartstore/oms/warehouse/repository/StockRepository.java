package com.smartstore.oms.warehouse.repository;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import com.smartstore.oms.warehouse.domain.Stock;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;

/**
 * Stock rows. Every writer locks the rows it changes ({@code select ... for update}) in one global order, by SKU
 * then warehouse, so concurrent reservations cannot oversell and cannot deadlock each other.
 */
@ApplicationScoped
public class StockRepository implements PanacheRepositoryBase<Stock, Stock.Key> {
    private static final Sort LOCK_ORDER = Sort.by("sku").and("warehouse");

    /** The row of a warehouse and SKU, created empty if it did not exist, locked until the transaction ends. */
    public Uni<Stock> lockOrCreate(String warehouse, String sku) {
        return createIfAbsent(warehouse, sku)
                .chain(() -> find("warehouse = ?1 and sku = ?2", warehouse, sku)
                        .withLock(LockModeType.PESSIMISTIC_WRITE)
                        .singleResult());
    }

    /**
     * Creates the empty row of a warehouse and SKU if it does not exist, without locking an existing one; insert if
     * absent, so two first-time writers of the same row cannot both insert.
     */
    public Uni<Void> createIfAbsent(String warehouse, String sku) {
        return getSession()
                .chain(s -> s.createNativeQuery("insert into stock (warehouse, sku, on_hand, reserved, updated_at)"
                                + " values (:warehouse, :sku, 0, 0, now()) on conflict do nothing")
                        .setParameter("warehouse", warehouse)
                        .setParameter("sku", sku)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Every warehouse's row of these SKUs, locked in the global lock order. */
    public Uni<List<Stock>> lockBySkus(Collection<String> skus) {
        return find("sku in ?1", LOCK_ORDER, skus)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** One warehouse's rows of these SKUs, locked in the global lock order. */
    public Uni<List<Stock>> lockInWarehouse(String warehouse, Collection<String> skus) {
        return find("warehouse = ?1 and sku in ?2", LOCK_ORDER, warehouse, skus)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** Every warehouse's row of these SKUs, not locked (for reading). */
    public Uni<List<Stock>> forSkus(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("sku in ?1", LOCK_ORDER, skus);
    }

    /** Stock of a SKU in every warehouse, or of everything; either filter may be null. */
    public Uni<Page<Stock>> search(String sku, String warehouse, int page, int size) {
        return new Where().equal("sku", sku).equal("warehouse", warehouse).pageWithTotal(this, LOCK_ORDER, page, size);
    }
}

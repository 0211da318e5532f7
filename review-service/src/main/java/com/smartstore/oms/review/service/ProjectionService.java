package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.contracts.events.StockLevel;
import com.smartstore.oms.review.repository.CatalogRepository;
import com.smartstore.oms.review.repository.StockRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the catalogue and stock projections the rules check against; runs inside the inbox's transaction. */
@ApplicationScoped
public class ProjectionService {
    private final CatalogRepository catalog;
    private final StockRepository stock;

    public ProjectionService(CatalogRepository catalog, StockRepository stock) {
        this.catalog = catalog;
        this.stock = stock;
    }

    public Uni<Void> apply(ProductCatalogEntry entry) {
        return catalog.upsert(entry).replaceWithVoid();
    }

    public Uni<Void> apply(StockLevel level) {
        return stock.upsert(level).replaceWithVoid();
    }
}

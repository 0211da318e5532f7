package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.contracts.events.StockLevel;
import com.smartstore.oms.review.repository.CatalogRepository;
import com.smartstore.oms.review.repository.InFlightRepository;
import com.smartstore.oms.review.repository.StockRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the catalogue and stock projections the rules check against; runs inside the inbox's transaction. */
@ApplicationScoped
public class ProjectionService {
    private final CatalogRepository catalog;
    private final StockRepository stock;
    private final InFlightRepository inFlight;

    public ProjectionService(CatalogRepository catalog, StockRepository stock, InFlightRepository inFlight) {
        this.catalog = catalog;
        this.stock = stock;
        this.inFlight = inFlight;
    }

    public Uni<Void> apply(ProductCatalogEntry entry) {
        return catalog.upsert(entry).replaceWithVoid();
    }

    public Uni<Void> apply(StockLevel level) {
        // A level the reserving warehouse published after an approval reflects it, so it is no longer in flight.
        // The upsert compares updatedAt under the row lock it takes; a stale level changes nothing.
        return stock.upsert(level)
                .chain(applied -> applied == 0
                        ? Uni.createFrom().item(0)
                        : inFlight.reflectedIn(level.warehouse(), level.sku(), level.updatedAt()))
                .replaceWithVoid();
    }
}

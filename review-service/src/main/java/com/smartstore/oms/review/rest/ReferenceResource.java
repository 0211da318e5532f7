package com.smartstore.oms.review.rest;

import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.review.repository.CatalogRepository;
import com.smartstore.oms.review.repository.StockRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Lets reviewers see the catalogue price and stock the automatic rules used (and tests wait for them). */
@Path("/api/reviews/reference")
public class ReferenceResource {
    private final CatalogRepository catalogue;
    private final StockRepository stock;

    public ReferenceResource(CatalogRepository catalogue, StockRepository stock) {
        this.catalogue = catalogue;
        this.stock = stock;
    }

    @GET
    @Path("/{sku}")
    @WithSession
    @RolesAllowed({Roles.REVIEWER, Roles.MANAGER})
    public Uni<ReferenceView> get(@PathParam("sku") String sku) {
        return catalogue
                .findById(sku)
                .chain(product -> stock.list("sku", Sort.by("warehouse"), sku)
                        .map(levels -> ReferenceView.of(sku, product, levels)));
    }
}

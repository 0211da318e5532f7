package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.warehouse.repository.StockRepository;
import com.smartstore.oms.warehouse.service.StockService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Stock per warehouse and SKU: counted by warehouse and purchasing staff, visible to who answers for it. */
@Path("/api/stock")
public class StockResource {
    private final StockService service;
    private final StockRepository stocks;
    private final CurrentUser user;

    public StockResource(StockService service, StockRepository stocks, CurrentUser user) {
        this.service = service;
        this.stocks = stocks;
        this.user = user;
    }

    @PUT
    @Path("/{warehouse}/{sku}")
    @RolesAllowed({Roles.WAREHOUSE, Roles.PURCHASING})
    public Uni<StockView> set(
            @PathParam("warehouse") String warehouse,
            @PathParam("sku") String sku,
            @NotNull @Valid SetStockRequest request) {
        return service.setOnHand(
                        Codes.require("warehouse", warehouse), Codes.require("sku", sku), request.onHand(), user.name())
                .map(StockView::of);
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.WAREHOUSE, Roles.PURCHASING, Roles.MANAGER, Roles.CUSTOMER_SERVICE})
    public Uni<List<StockView>> list(@QueryParam("sku") String sku, @QueryParam("warehouse") String warehouse) {
        return stocks.search(blankToNull(sku), blankToNull(warehouse))
                .map(all -> all.stream().map(StockView::of).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

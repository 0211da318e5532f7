package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.rest.QueryParams;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.warehouse.repository.StockMovementRepository;
import com.smartstore.oms.warehouse.repository.StockRepository;
import com.smartstore.oms.warehouse.service.StockService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/** Stock per warehouse and SKU: counted by warehouse and purchasing staff, visible to who answers for it. */
@Path("/api/stock")
public class StockResource {
    private final StockService service;
    private final StockRepository stocks;
    private final StockMovementRepository movements;
    private final CurrentUser user;

    public StockResource(
            StockService service, StockRepository stocks, StockMovementRepository movements, CurrentUser user) {
        this.service = service;
        this.stocks = stocks;
        this.movements = movements;
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

    /** Corrects on hand with a reason (damage, loss, found units); 409 if it would go negative or below reserved. */
    @POST
    @Path("/{warehouse}/{sku}/adjustments")
    @RolesAllowed({Roles.WAREHOUSE, Roles.PURCHASING})
    public Uni<StockView> adjust(
            @PathParam("warehouse") String warehouse,
            @PathParam("sku") String sku,
            @NotNull @Valid AdjustStockRequest request) {
        return service.adjust(
                        Codes.require("warehouse", warehouse),
                        Codes.require("sku", sku),
                        request.delta(),
                        request.reason(),
                        user.name())
                .map(StockView::of);
    }

    /** The stock ledger, newest first. */
    @GET
    @Path("/movements")
    @WithSession
    @RolesAllowed({Roles.WAREHOUSE, Roles.PURCHASING, Roles.MANAGER})
    public Uni<Page<StockMovementView>> movements(
            @QueryParam("sku") String sku,
            @QueryParam("warehouse") String warehouse,
            @QueryParam("orderId") UUID orderId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return movements
                .search(QueryParams.blankToNull(sku), QueryParams.blankToNull(warehouse), orderId, page, size)
                .map(found -> found.map(StockMovementView::of));
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.WAREHOUSE, Roles.PURCHASING, Roles.MANAGER, Roles.CUSTOMER_SERVICE})
    public Uni<Page<StockView>> list(
            @QueryParam("sku") String sku,
            @QueryParam("warehouse") String warehouse,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return stocks.search(QueryParams.blankToNull(sku), QueryParams.blankToNull(warehouse), page, size)
                .map(found -> found.map(StockView::of));
    }
}

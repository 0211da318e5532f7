package com.smartstore.oms.intake.rest;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.command.SkuMappingRequest;
import com.smartstore.oms.intake.repository.SkuMappingRepository;
import com.smartstore.oms.intake.service.SkuMappings;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/**
 * The channels' SKU mappings (issue 10): which catalogue SKU a platform product or variant without a SKU is. Order
 * clerks keep them (they map the lines review holds), managers and admins too; a mapping applies to orders that
 * arrive after it (an order already held is mapped by amending its line's SKU).
 */
@Path("/api/sku-mappings")
@RolesAllowed({Roles.ORDER_CLERK, Roles.MANAGER, Roles.ADMIN})
public class SkuMappingResource {
    private final SkuMappings service;
    private final SkuMappingRepository mappings;
    private final CurrentUser user;

    public SkuMappingResource(SkuMappings service, SkuMappingRepository mappings, CurrentUser user) {
        this.service = service;
        this.mappings = mappings;
        this.user = user;
    }

    /** 201; 409 {@code already-mapped} for a second mapping of the same product and variant. */
    @POST
    public Uni<Response> create(@NotNull @Valid SkuMappingRequest request) {
        return service.create(request, user.name())
                .map(m -> Response.created(URI.create("/api/sku-mappings/" + m.id))
                        .entity(SkuMappingView.of(m))
                        .build());
    }

    @PUT
    @Path("/{id}")
    public Uni<SkuMappingView> update(@PathParam("id") UUID id, @NotNull @Valid SkuMappingRequest request) {
        return service.update(id, request, user.name()).map(SkuMappingView::of);
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return service.delete(id).map(done -> Response.noContent().build());
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.ORDER_CLERK, Roles.CUSTOMER_SERVICE, Roles.MANAGER, Roles.ADMIN})
    public Uni<Page<SkuMappingView>> list(
            @QueryParam("channel") SalesChannel channel,
            @QueryParam("sku") String sku,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return mappings.search(channel, sku, page, size).map(found -> found.map(SkuMappingView::of));
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.ORDER_CLERK, Roles.CUSTOMER_SERVICE, Roles.MANAGER, Roles.ADMIN})
    public Uni<SkuMappingView> get(@PathParam("id") UUID id) {
        return mappings.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("SKU mapping", id))
                .map(SkuMappingView::of);
    }
}

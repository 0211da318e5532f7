package com.smartstore.oms.returns.rest;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.returns.repository.ReturnRepository;
import com.smartstore.oms.returns.service.ReturnService;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Return tickets: customer service and after-sales open them for shipped orders (R-X2). */
@Path("/api/returns")
public class ReturnResource {
    private final ReturnService service;
    private final ReturnRepository returns;
    private final CurrentUser user;

    public ReturnResource(ReturnService service, ReturnRepository returns, CurrentUser user) {
        this.service = service;
        this.returns = returns;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.AFTER_SALES})
    public Uni<Response> request(@NotNull @Valid CreateReturnRequest request) {
        List<LineQuantity> lines = request.lines() == null
                ? List.of()
                : request.lines().stream()
                        .map(l -> new LineQuantity(l.sku(), l.quantity()))
                        .toList();
        return service.request(request.orderId(), request.reason(), lines, user.name())
                .map(t -> Response.created(URI.create("/api/returns/" + t.id))
                        .entity(ReturnView.of(t))
                        .build());
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.AFTER_SALES, Roles.MANAGER})
    public Uni<List<ReturnView>> list(
            @QueryParam("orderId") UUID orderId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return returns.page(orderId, page, size)
                .map(list -> list.stream().map(ReturnView::of).toList());
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.AFTER_SALES, Roles.MANAGER})
    public Uni<ReturnView> get(@PathParam("id") UUID id) {
        return returns.findWithLines(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Return", id))
                .map(ReturnView::of);
    }
}

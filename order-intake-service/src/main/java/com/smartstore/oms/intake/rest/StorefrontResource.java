package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.command.StorefrontOrderRequest;
import com.smartstore.oms.intake.service.StorefrontOrders;
import com.smartstore.oms.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The shop's own order page (a service account with role storefront) places customer orders here (R-I1). */
@Path("/api/storefront/orders")
public class StorefrontResource {
    private final StorefrontOrders service;
    private final Caller user;

    public StorefrontResource(StorefrontOrders service, Caller user) {
        this.service = service;
        this.user = user;
    }

    @POST
    @RolesAllowed(Roles.STOREFRONT)
    public Uni<Response> place(@NotNull @Valid StorefrontOrderRequest request) {
        return service.place(request, user.actor())
                .map(o -> Response.created(URI.create("/api/orders/" + o.id))
                        .entity(new OrderCreated(o.id, o.orderNumber, o.status, o.totalAmount))
                        .build());
    }
}

package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.command.EntryRequestBody;
import com.smartstore.oms.intake.repository.EntryRequestRepository;
import com.smartstore.oms.intake.service.EntryRequests;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.security.Roles;
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
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Orders passed on for entry (R-I2, R-I3, R-I7): customer service and sales file them, clerks work the open
 * queue by deadline and enter the order from a request with {@code POST /api/entry-requests/{id}/order}.
 */
@Path("/api/entry-requests")
public class EntryRequestResource {
    private final EntryRequests service;
    private final EntryRequestRepository requests;
    private final Caller user;
    private final Clock clock;

    public EntryRequestResource(EntryRequests service, EntryRequestRepository requests, Caller user, Clock clock) {
        this.service = service;
        this.requests = requests;
        this.user = user;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SALES})
    public Uni<Response> file(@NotNull @Valid EntryRequestBody body) {
        return service.file(body, user.actor())
                .map(r -> Response.created(URI.create("/api/entry-requests/" + r.id))
                        .entity(EntryRequestView.of(r, clock.instant()))
                        .build());
    }

    /** Open requests, earliest deadline first, each with {@code overdue}. */
    @GET
    @WithSession
    @RolesAllowed({Roles.ORDER_CLERK, Roles.CUSTOMER_SERVICE, Roles.SALES, Roles.MANAGER})
    public Uni<Page<EntryRequestView>> open(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        Instant now = clock.instant();
        return requests.open(page, size).map(found -> found.map(r -> EntryRequestView.of(r, now)));
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.ORDER_CLERK, Roles.CUSTOMER_SERVICE, Roles.SALES, Roles.MANAGER})
    public Uni<EntryRequestView> get(@PathParam("id") UUID id) {
        return requests.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Entry request", id))
                .map(r -> EntryRequestView.of(r, clock.instant()));
    }

    /**
     * Enters the order (the {@code POST /api/orders} body; channel STAFF) and closes the request; 409 if closed. Not
     * sales: they pass the request on, the entry is a clerk's or customer service's (R-I3, R-I7).
     */
    @POST
    @Path("/{id}/order")
    @RolesAllowed({Roles.ORDER_CLERK, Roles.CUSTOMER_SERVICE})
    public Uni<Response> enter(@PathParam("id") UUID id, @NotNull @Valid CreateOrderRequest order) {
        return service.enter(id, order, user.actor())
                .map(e -> Response.created(URI.create("/api/orders/" + e.order().id))
                        .entity(Map.of(
                                "order",
                                new OrderCreated(
                                        e.order().id, e.order().orderNumber, e.order().status, e.order().totalAmount),
                                "request",
                                EntryRequestView.of(e.request(), clock.instant())))
                        .build());
    }
}

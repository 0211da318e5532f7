package com.smartstore.oms.shipping.rest;

import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.shipping.domain.ShipmentStatus;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import com.smartstore.oms.shipping.service.ShipmentService;
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
import java.util.List;
import java.util.UUID;

/** The dispatch queue and the shipments of each order; dispatching hands a shipment to a carrier. */
@Path("/api/shipments")
public class ShipmentResource {
    private final ShipmentService service;
    private final ShipmentRepository shipments;
    private final CurrentUser user;

    public ShipmentResource(ShipmentService service, ShipmentRepository shipments, CurrentUser user) {
        this.service = service;
        this.shipments = shipments;
        this.user = user;
    }

    /** Ordered by requested ship date (none last), then oldest first: the order to work in (R-S2). */
    @GET
    @WithSession
    @RolesAllowed({Roles.SHIPPING, Roles.WAREHOUSE, Roles.CUSTOMER_SERVICE})
    public Uni<List<ShipmentView>> list(
            @QueryParam("status") ShipmentStatus status,
            @QueryParam("orderId") UUID orderId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return shipments
                .queue(status, orderId, page, size)
                .map(list -> list.stream().map(ShipmentView::of).toList());
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.SHIPPING, Roles.WAREHOUSE, Roles.CUSTOMER_SERVICE})
    public Uni<ShipmentView> get(@PathParam("id") UUID id) {
        return shipments
                .findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Shipment", id))
                .map(ShipmentView::of);
    }

    @POST
    @Path("/{id}/dispatch")
    @RolesAllowed({Roles.SHIPPING, Roles.WAREHOUSE})
    public Uni<ShipmentView> dispatch(@PathParam("id") UUID id, @NotNull @Valid DispatchRequest request) {
        return service.dispatch(
                        id, request.carrier(), request.trackingNumber(), request.estimatedDelivery(), user.name())
                .map(ShipmentView::of);
    }
}

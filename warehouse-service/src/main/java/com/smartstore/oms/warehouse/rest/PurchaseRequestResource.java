package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.rest.QueryParams;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.warehouse.domain.PurchaseRequestStatus;
import com.smartstore.oms.warehouse.repository.PurchaseRequestRepository;
import com.smartstore.oms.warehouse.service.PurchasingService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** Purchasing's restock requests (R-W5): recorded and moved forward by purchasing, readable by managers. */
@Path("/api/purchase-requests")
public class PurchaseRequestResource {
    private final PurchasingService service;
    private final PurchaseRequestRepository requests;
    private final CurrentUser user;
    private final Clock clock;

    public PurchaseRequestResource(
            PurchasingService service, PurchaseRequestRepository requests, CurrentUser user, Clock clock) {
        this.service = service;
        this.requests = requests;
        this.user = user;
        this.clock = clock;
    }

    /** Earliest expected arrival first. */
    @GET
    @WithSession
    @RolesAllowed({Roles.PURCHASING, Roles.MANAGER})
    public Uni<Page<PurchaseRequestView>> list(
            @QueryParam("sku") String sku,
            @QueryParam("status") PurchaseRequestStatus status,
            @QueryParam("overdue") boolean overdue,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        return requests.search(QueryParams.blankToNull(sku), status, overdue, today, page, size)
                .map(found -> found.map(r -> PurchaseRequestView.of(r, today)));
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.PURCHASING, Roles.MANAGER})
    public Uni<PurchaseRequestView> get(@PathParam("id") UUID id) {
        return requests.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Purchase request", id))
                .map(r -> PurchaseRequestView.of(r, LocalDate.now(clock.withZone(ZoneId.systemDefault()))));
    }

    @POST
    @RolesAllowed(Roles.PURCHASING)
    public Uni<Response> create(@NotNull @Valid CreatePurchaseRequest request) {
        return service.create(
                        new PurchasingService.NewRequest(
                                request.sku(),
                                request.specification(),
                                request.quantity(),
                                request.supplier().strip(),
                                request.expectedArrival(),
                                request.notes()),
                        user.name())
                .map(r -> Response.created(URI.create("/api/purchase-requests/" + r.id))
                        .entity(PurchaseRequestView.of(r, LocalDate.now(clock.withZone(ZoneId.systemDefault()))))
                        .build());
    }

    /** Changes the given fields; 409 if the status would move backwards. */
    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.PURCHASING)
    public Uni<PurchaseRequestView> update(@PathParam("id") UUID id, @NotNull @Valid UpdatePurchaseRequest request) {
        return service.update(
                        id,
                        new PurchasingService.Changes(
                                request.specification(),
                                request.quantity(),
                                request.supplier() == null
                                        ? null
                                        : request.supplier().strip(),
                                request.expectedArrival(),
                                request.status(),
                                request.notes()))
                .map(r -> PurchaseRequestView.of(r, LocalDate.now(clock.withZone(ZoneId.systemDefault()))));
    }
}

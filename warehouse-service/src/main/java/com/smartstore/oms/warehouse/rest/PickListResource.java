package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.rest.QueryParams;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.warehouse.domain.OrderDecision;
import com.smartstore.oms.warehouse.domain.PickListStatus;
import com.smartstore.oms.warehouse.repository.OrderDecisionRepository;
import com.smartstore.oms.warehouse.repository.PickListRepository;
import com.smartstore.oms.warehouse.service.PickingService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The warehouse's pick lists: the queue to work through, confirming what was picked, and packing it (R-W3). */
@Path("/api/pick-lists")
@RolesAllowed(Roles.WAREHOUSE)
public class PickListResource {
    private final PickingService picking;
    private final PickListRepository pickLists;
    private final OrderDecisionRepository decisions;
    private final CurrentUser user;
    private final Clock clock;

    public PickListResource(
            PickingService picking,
            PickListRepository pickLists,
            OrderDecisionRepository decisions,
            CurrentUser user,
            Clock clock) {
        this.picking = picking;
        this.decisions = decisions;
        this.pickLists = pickLists;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Earliest requested ship date first (none last), then oldest; {@code overdue=true}: open past the deadline. A list
     * whose order is held or rejected by review shows it in {@code hold}.
     */
    @GET
    @WithSession
    public Uni<Page<PickListView>> list(
            @QueryParam("status") PickListStatus status,
            @QueryParam("warehouse") String warehouse,
            @QueryParam("orderId") UUID orderId,
            @QueryParam("overdue") boolean overdue,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        Instant now = clock.instant();
        return pickLists
                .queue(status, QueryParams.blankToNull(warehouse), orderId, overdue, now, page, size)
                .chain(found -> pickLists
                        .parcels(found.items().stream().map(p -> p.id).toList())
                        .chain(parcels -> decisions
                                .stopping(found.items().stream()
                                        .map(p -> p.orderId)
                                        .collect(Collectors.toSet()))
                                .map(stopping -> {
                                    Map<UUID, OrderDecision> byOrder =
                                            stopping.stream().collect(Collectors.toMap(d -> d.orderId, d -> d));
                                    return found.map(p -> PickListView.of(p, parcels, byOrder.get(p.orderId), now));
                                })));
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<PickListView> get(@PathParam("id") UUID id) {
        return pickLists
                .findWithLines(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Pick list", id))
                .chain(p -> pickLists
                        .parcels(List.of(id))
                        .chain(parcels -> decisions
                                .findById(p.orderId)
                                .map(decision -> PickListView.of(p, parcels, decision, clock.instant()))));
    }

    /**
     * Confirms what was picked: units per line (a short pick backorders the rest); parcels in the body pack it in the
     * same call. 409 unless OPEN, 422 for a line the list does not have or more units than listed.
     */
    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<PickListView> confirm(@PathParam("id") UUID id, @Valid ConfirmPickRequest request) {
        List<PickingService.PickedLine> lines = request == null || request.lines() == null
                ? List.of()
                : request.lines().stream()
                        .map(l -> new PickingService.PickedLine(
                                l.lineNo(), l.sku() == null ? null : l.sku().strip(), l.quantity()))
                        .toList();
        List<BigDecimal> weights = request == null || request.parcels() == null
                ? null
                : request.parcels().stream()
                        .map(ConfirmPickRequest.ParcelRequest::weightKg)
                        .toList();
        return picking.confirm(id, lines, weights, user.name()).map(this::view);
    }

    /** Confirms without a body (a handheld's plain POST): every line picked as listed. */
    @POST
    @Path("/{id}/confirm")
    public Uni<PickListView> confirmWithoutDetails(@PathParam("id") UUID id) {
        return confirm(id, null);
    }

    /** Packs a picked list and hands it to shipping ({@code picked}); 409 unless PICKED. */
    @POST
    @Path("/{id}/pack")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<PickListView> pack(@PathParam("id") UUID id, @Valid PackRequest request) {
        List<BigDecimal> weights = new ArrayList<>();
        if (request != null && request.parcels() != null) {
            request.parcels().forEach(p -> weights.add(p.weightKg()));
        } else if (request != null && request.count() != null) {
            weights.addAll(Collections.nCopies(request.count(), null));
        }
        return picking.pack(id, weights, user.name()).map(this::view);
    }

    /** Packs without a body: one parcel of unknown weight. */
    @POST
    @Path("/{id}/pack")
    public Uni<PickListView> packWithoutDetails(@PathParam("id") UUID id) {
        return pack(id, null);
    }

    private PickListView view(PickingService.Result result) {
        return PickListView.of(result.pickList(), result.parcels(), clock.instant());
    }
}

package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.domain.IntakeCase;
import com.smartstore.oms.intake.repository.IntakeCaseRepository;
import com.smartstore.oms.intake.service.IntakeCases;
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
 * DATA_ERROR intake cases (issue 10): authentic platform deliveries that could not become a clean order. Clerks
 * work the open queue by deadline: they complete the case's draft and post it to create the order (channel, platform
 * order id and facts kept), or dismiss the case with a reason. The payload is personal data (R-SEC1): only roles that
 * see it in full are let in.
 */
@Path("/api/intake-cases")
public class IntakeCaseResource {
    private final IntakeCases service;
    private final IntakeCaseRepository cases;
    private final Caller user;
    private final Clock clock;

    public IntakeCaseResource(IntakeCases service, IntakeCaseRepository cases, Caller user, Clock clock) {
        this.service = service;
        this.cases = cases;
        this.user = user;
        this.clock = clock;
    }

    /** Cases of a status (default OPEN: earliest deadline first), without draft and payload. */
    @GET
    @WithSession
    @RolesAllowed({Roles.ORDER_CLERK, Roles.CUSTOMER_SERVICE, Roles.MANAGER, Roles.ADMIN})
    public Uni<Page<IntakeCaseView>> list(
            @QueryParam("status") @DefaultValue("OPEN") IntakeCase.Status status,
            @QueryParam("source") String source,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        Instant now = clock.instant();
        return cases.page(status, source, page, size).map(found -> found.map(c -> IntakeCaseView.summary(c, now)));
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.ORDER_CLERK, Roles.CUSTOMER_SERVICE, Roles.MANAGER, Roles.ADMIN})
    public Uni<IntakeCaseView> get(@PathParam("id") UUID id) {
        return cases.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Intake case", id))
                .chain(c -> cases.audit(c.id).map(history -> IntakeCaseView.of(c, clock.instant(), history)));
    }

    /**
     * Creates the order from the case with the clerk's completed order (the {@code POST /api/orders} body; start from
     * the case's {@code draft}) and resolves the case; 409 {@code case-closed} when it is resolved or dismissed.
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
                                "case",
                                IntakeCaseView.summary(e.intakeCase(), clock.instant())))
                        .build());
    }

    /** Closes the case without an order, with the reason; 409 {@code case-closed} when it is closed already. */
    @POST
    @Path("/{id}/dismiss")
    @RolesAllowed({Roles.ORDER_CLERK, Roles.MANAGER})
    public Uni<IntakeCaseView> dismiss(@PathParam("id") UUID id, @NotNull @Valid DismissCaseRequest request) {
        return service.dismiss(id, request.reason(), user.actor()).map(c -> IntakeCaseView.summary(c, clock.instant()));
    }
}

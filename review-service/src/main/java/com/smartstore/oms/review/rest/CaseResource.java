package com.smartstore.oms.review.rest;

import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.rest.QueryParams;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.review.domain.CaseStatus;
import com.smartstore.oms.review.domain.ExceptionCase;
import com.smartstore.oms.review.repository.CaseFilter;
import com.smartstore.oms.review.service.CaseDetails;
import com.smartstore.oms.review.service.CaseService;
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
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The exception desk (R-E1..R-E8): any member of staff flags an order and follows cases; managers assign,
 * the owner (or finance, on payment cases) resolves, customer service closes with the customer's satisfaction.
 */
@Path("/api/cases")
public class CaseResource {
    private final CaseService cases;
    private final CurrentUser user;
    private final Clock clock;

    public CaseResource(CaseService cases, CurrentUser user, Clock clock) {
        this.cases = cases;
        this.user = user;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({
        Roles.ORDER_CLERK, Roles.SALES, Roles.CUSTOMER_SERVICE, Roles.REVIEWER, Roles.WAREHOUSE, Roles.PURCHASING,
        Roles.SHIPPING, Roles.AFTER_SALES, Roles.FINANCE, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN
    })
    public Uni<RestResponse<CaseView>> flag(@NotNull @Valid FlagCaseRequest request) {
        ExceptionCase.Flag flag = new ExceptionCase.Flag(
                request.orderId(),
                QueryParams.blankToNull(request.orderNumber()),
                request.type(),
                request.severity(),
                request.description(),
                request.department());
        return cases.flag(flag, user.name())
                .map(details -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, view(details))
                        .location(URI.create("/api/cases/" + details.exceptionCase().id))
                        .build());
    }

    @GET
    @RolesAllowed({
        Roles.ORDER_CLERK, Roles.SALES, Roles.CUSTOMER_SERVICE, Roles.REVIEWER, Roles.WAREHOUSE, Roles.PURCHASING,
        Roles.SHIPPING, Roles.AFTER_SALES, Roles.FINANCE, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN
    })
    public Uni<Page<CaseView>> list(
            @QueryParam("status") String status,
            @QueryParam("type") String type,
            @QueryParam("owner") String owner,
            @QueryParam("orderId") String orderId,
            @QueryParam("overdue") String overdue,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        CaseFilter filter = new CaseFilter(
                QueryParams.enumValue("status", status, CaseStatus.class),
                QueryParams.enumValue("type", type, ExceptionType.class),
                QueryParams.blankToNull(owner),
                QueryParams.uuid("bad-order-id", "orderId", orderId),
                QueryParams.bool("overdue", overdue),
                clock.instant());
        Instant now = clock.instant();
        return cases.page(filter, page, size).map(found -> found.map(c -> CaseView.of(c, null, now)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.ORDER_CLERK, Roles.SALES, Roles.CUSTOMER_SERVICE, Roles.REVIEWER, Roles.WAREHOUSE, Roles.PURCHASING,
        Roles.SHIPPING, Roles.AFTER_SALES, Roles.FINANCE, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN
    })
    public Uni<CaseView> get(@PathParam("id") UUID id) {
        return cases.details(id).map(this::view);
    }

    /** A manager sets the owner, plan and deadline (R-E3); also reassigns an assigned case. */
    @POST
    @Path("/{id}/assign")
    @RolesAllowed(Roles.MANAGER)
    public Uni<CaseView> assign(@PathParam("id") UUID id, @NotNull @Valid AssignCaseRequest request) {
        return cases.assign(
                        id,
                        user.name(),
                        new ExceptionCase.Assignment(request.owner(), request.plan(), request.deadline()))
                .map(this::view);
    }

    /** The owner records result and remedy (R-E4); on PAYMENT cases finance may too (R-E6); others get 403. */
    @POST
    @Path("/{id}/resolve")
    @RolesAllowed({
        Roles.ORDER_CLERK, Roles.SALES, Roles.CUSTOMER_SERVICE, Roles.REVIEWER, Roles.WAREHOUSE, Roles.PURCHASING,
        Roles.SHIPPING, Roles.AFTER_SALES, Roles.FINANCE, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN
    })
    public Uni<CaseView> resolve(@PathParam("id") UUID id, @NotNull @Valid ResolveCaseRequest request) {
        return cases.resolve(
                        id,
                        user.name(),
                        user.hasRole(Roles.FINANCE),
                        new ExceptionCase.Resolution(
                                request.result(), request.remedy(), request.financeAction(), request.carrierClaim()))
                .map(this::view);
    }

    /** Customer service closes a resolved case once the customer was told, with their satisfaction (R-E5). */
    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.CUSTOMER_SERVICE)
    public Uni<CaseView> close(@PathParam("id") UUID id, @NotNull @Valid CloseCaseRequest request) {
        return cases.close(id, user.name(), request.customerInformed(), request.satisfaction())
                .map(this::view);
    }

    private CaseView view(CaseDetails details) {
        return CaseView.of(details.exceptionCase(), details.history(), clock.instant());
    }
}

package com.smartstore.oms.review.rest;

import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.review.domain.ReviewStatus;
import com.smartstore.oms.review.service.ReviewDecisionService;
import com.smartstore.oms.review.service.ReviewQueries;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The manual review queue (R-R3) and reviewers' decisions (R-R5); managers may look. */
@Path("/api/reviews")
public class ReviewResource {
    private final ReviewQueries queries;
    private final ReviewDecisionService decisions;
    private final CurrentUser user;

    public ReviewResource(ReviewQueries queries, ReviewDecisionService decisions, CurrentUser user) {
        this.queries = queries;
        this.decisions = decisions;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.MANAGER})
    public Uni<List<ReviewSummary>> list(
            @QueryParam("status") String status,
            @QueryParam("orderId") String orderId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return queries.page(parseStatus(status), parseOrderId(orderId), page, size)
                .map(list -> list.stream().map(ReviewSummary::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.MANAGER})
    public Uni<ReviewView> get(@PathParam("id") UUID id) {
        return queries.details(id).map(ReviewView::of);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.REVIEWER)
    public Uni<ReviewView> approve(@PathParam("id") UUID id) {
        return decisions.approve(id, user.name()).map(ReviewView::of);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.REVIEWER)
    public Uni<ReviewView> reject(@PathParam("id") UUID id, @NotNull @Valid RejectRequest request) {
        return decisions
                .reject(id, blankToNull(request.reasonCode()), request.reason(), user.name())
                .map(ReviewView::of);
    }

    // Parsed here rather than by JAX-RS, which answers a bad query parameter with a bare 404.
    private static ReviewStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ReviewStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(
                    "bad-status",
                    "status '" + status + "' is unknown; use one of " + Arrays.toString(ReviewStatus.values()));
        }
    }

    private static UUID parseOrderId(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(orderId.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad-order-id", "orderId '" + orderId + "' is not a UUID");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

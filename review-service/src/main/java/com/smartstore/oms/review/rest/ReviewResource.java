package com.smartstore.oms.review.rest;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.rest.QueryParams;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.review.domain.ReviewStatus;
import com.smartstore.oms.review.repository.ReviewFilter;
import com.smartstore.oms.review.service.ReviewDecisionService;
import com.smartstore.oms.review.service.ReviewDetails;
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
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The manual review queue (R-R3..R-R5) and reviewers' decisions, with the trainee four-eyes rule (R-T1);
 * managers may look.
 */
@Path("/api/reviews")
public class ReviewResource {
    private final ReviewQueries queries;
    private final ReviewDecisionService decisions;
    private final CurrentUser user;
    private final Clock clock;

    public ReviewResource(ReviewQueries queries, ReviewDecisionService decisions, CurrentUser user, Clock clock) {
        this.queries = queries;
        this.decisions = decisions;
        this.user = user;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.MANAGER})
    public Uni<Page<ReviewSummary>> list(
            @QueryParam("status") String status,
            @QueryParam("orderId") String orderId,
            @QueryParam("rule") String rule,
            @QueryParam("overdue") String overdue,
            @QueryParam("escalated") String escalated,
            @QueryParam("assignee") String assignee,
            @QueryParam("channel") String channel,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        Instant now = clock.instant();
        ReviewFilter filter = new ReviewFilter(
                QueryParams.enumValue("status", status, ReviewStatus.class),
                QueryParams.uuid("bad-order-id", "orderId", orderId),
                QueryParams.blankToNull(rule),
                QueryParams.bool("overdue", overdue),
                QueryParams.bool("escalated", escalated),
                QueryParams.blankToNull(assignee),
                QueryParams.enumValue("channel", channel, SalesChannel.class),
                now);
        return queries.page(filter, page, size).map(found -> found.map(d -> ReviewSummary.of(d, now)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.MANAGER})
    public Uni<ReviewView> get(@PathParam("id") UUID id) {
        return queries.details(id).map(this::view);
    }

    /** Makes the caller the one owner of a held review; 409 if another reviewer owns it. */
    @POST
    @Path("/{id}/claim")
    @RolesAllowed(Roles.REVIEWER)
    public Uni<ReviewView> claim(@PathParam("id") UUID id) {
        return decisions.claim(id, user.name()).map(this::view);
    }

    /**
     * Gives up a claim so someone else can decide: the claimant hands it over, a manager may release anyone's
     * claim (e.g. the claimant is away); 409 {@code claimed-by-another} for another reviewer's claim.
     */
    @POST
    @Path("/{id}/release")
    @RolesAllowed({Roles.REVIEWER, Roles.MANAGER})
    public Uni<ReviewView> release(@PathParam("id") UUID id) {
        return decisions.release(id, user.name(), user.hasRole(Roles.MANAGER)).map(this::view);
    }

    @POST
    @Path("/{id}/notes")
    @RolesAllowed(Roles.REVIEWER)
    public Uni<RestResponse<NoteView>> addNote(@PathParam("id") UUID id, @NotNull @Valid NoteRequest request) {
        return decisions
                .addNote(id, user.name(), request.text())
                .map(note -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, NoteView.of(note))
                        .location(URI.create("/api/reviews/" + id))
                        .build());
    }

    /**
     * Approves; a trainee's approval only waits for confirmation (R-T1). A review another reviewer claimed is
     * theirs to decide (409 {@code claimed-by-another}); an unclaimed one becomes the caller's.
     */
    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.REVIEWER)
    public Uni<ReviewView> approve(@PathParam("id") UUID id) {
        return decisions.approve(id, user.name(), isTrainee()).map(this::view);
    }

    /**
     * Rejects with a reason for the entry clerk; a trainee's rejection only waits for confirmation (R-T1). Claims
     * as for approval.
     */
    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.REVIEWER)
    public Uni<ReviewView> reject(@PathParam("id") UUID id, @NotNull @Valid RejectRequest request) {
        return decisions
                .reject(id, QueryParams.blankToNull(request.reasonCode()), request.reason(), user.name(), isTrainee())
                .map(this::view);
    }

    /** A second, non-trainee reviewer makes a trainee's prepared decision final (R-T1). */
    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Roles.REVIEWER)
    public Uni<ReviewView> confirm(@PathParam("id") UUID id) {
        if (isTrainee()) {
            throw new ApiException(
                    403,
                    "trainee-cannot-confirm",
                    "Trainees may prepare decisions but not confirm them; ask a reviewer who is not a trainee");
        }
        return decisions.confirm(id, user.name()).map(this::view);
    }

    private ReviewView view(ReviewDetails details) {
        return ReviewView.of(details, clock.instant());
    }

    private boolean isTrainee() {
        return user.hasRole(Roles.TRAINEE);
    }
}

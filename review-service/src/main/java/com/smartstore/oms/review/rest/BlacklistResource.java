package com.smartstore.oms.review.rest;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.review.service.BlacklistService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** Managers keep the blacklist of customer phones, e-mails and addresses; reviewers may read it. */
@Path("/api/blacklist")
public class BlacklistResource {
    private final BlacklistService blacklist;
    private final CurrentUser user;

    public BlacklistResource(BlacklistService blacklist, CurrentUser user) {
        this.blacklist = blacklist;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.REVIEWER})
    public Uni<Page<BlacklistView>> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return blacklist.list(page, size).map(found -> found.map(BlacklistView::of));
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    public Uni<RestResponse<BlacklistView>> add(@NotNull @Valid BlacklistRequest request) {
        return blacklist
                .add(
                        request.kind(),
                        request.value(),
                        request.address() == null ? null : request.address().toOrderAddress(),
                        request.reason(),
                        user.name())
                .map(entry -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, BlacklistView.of(entry))
                        .location(URI.create("/api/blacklist/" + entry.id))
                        .build());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.MANAGER)
    public Uni<RestResponse<Void>> remove(@PathParam("id") UUID id) {
        return blacklist.remove(id).map(nothing -> RestResponse.noContent());
    }
}

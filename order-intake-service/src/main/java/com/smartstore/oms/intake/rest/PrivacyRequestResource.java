package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.domain.PrivacyRequest;
import com.smartstore.oms.intake.repository.PrivacyRequestRepository;
import com.smartstore.oms.intake.service.PrivacyRequests;
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
import java.util.UUID;

/**
 * Platforms' privacy requests (Shopify's {@code customers/data_request}, {@code customers/redact},
 * {@code shop/redact}): customer service sends a customer the export of the listed orders, and closes the request;
 * an erasure that had to keep an order in progress, and a shop's erasure, wait here for a manager. A data request
 * names the customer (personal data, R-SEC1): only roles that see it in full are let in.
 */
@Path("/api/privacy-requests")
@RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.MANAGER, Roles.ADMIN})
public class PrivacyRequestResource {
    private final PrivacyRequests service;
    private final PrivacyRequestRepository requests;
    private final Caller user;

    public PrivacyRequestResource(PrivacyRequests service, PrivacyRequestRepository requests, Caller user) {
        this.service = service;
        this.requests = requests;
        this.user = user;
    }

    /** Requests of a status (default OPEN), the earliest due first. */
    @GET
    @WithSession
    public Uni<Page<PrivacyRequestView>> list(
            @QueryParam("status") @DefaultValue("OPEN") PrivacyRequest.Status status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return requests.page(status, page, size)
                .map(found -> found.map(r -> PrivacyRequestView.of(r, service.orders(r))));
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<PrivacyRequestView> get(@PathParam("id") UUID id) {
        return requests.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Privacy request", id))
                .map(r -> PrivacyRequestView.of(r, service.orders(r)));
    }

    /** Staff did what was left (e.g. sent the export), with a note; 409 {@code request-closed} once closed. */
    @POST
    @Path("/{id}/done")
    public Uni<PrivacyRequestView> done(@PathParam("id") UUID id, @NotNull @Valid PrivacyDoneRequest request) {
        return service.close(id, request.note(), user.actor()).map(r -> PrivacyRequestView.of(r, service.orders(r)));
    }
}

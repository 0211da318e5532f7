package com.smartstore.oms.analytics.rest;

import com.smartstore.oms.analytics.domain.Correction;
import com.smartstore.oms.analytics.service.CorrectionService;
import com.smartstore.oms.kit.audit.AuditLog;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Corrections of recorded figures (R-A8): applied as adjustments with an audit trail, never by editing history. */
@Path("/api/analytics")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class CorrectionResource {
    private final CorrectionService corrections;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    public CorrectionResource(CorrectionService corrections, CurrentUser currentUser, AuditLog audit) {
        this.corrections = corrections;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Corrects one order's stage duration; 201 with the correction (and the value it replaces). */
    @POST
    @Path("/corrections")
    @WithTransaction
    public Uni<Response> correct(CorrectionRequest request) {
        if (request == null || request.orderId() == null) {
            throw Refusal.invalid("invalid-order-id", "orderId is required: the order whose figure is wrong");
        }
        if (request.stage() == null || request.stage().isBlank()) {
            throw Refusal.invalid("invalid-stage", "stage is required, one of " + CorrectionService.CORRECTABLE);
        }
        if (request.correctedSeconds() == null
                || request.correctedSeconds() < 0
                || request.correctedSeconds() > 3660L * 86400) {
            throw Refusal.invalid(
                    "invalid-corrected-seconds", "correctedSeconds is required: the stage's true duration, 0 or more");
        }
        if (request.reason() == null
                || request.reason().isBlank()
                || request.reason().length() > 1000) {
            throw Refusal.invalid("invalid-reason", "reason is required (at most 1000 characters): why it was wrong");
        }
        return corrections
                .correct(
                        request.orderId(),
                        request.stage().trim(),
                        request.correctedSeconds(),
                        request.reason().trim(),
                        currentUser.name())
                .call(c -> audit.record("CORRECTED", c.orderId().toString(), c.stage(), corrected(c)))
                .map(c -> Response.status(Response.Status.CREATED).entity(c).build());
    }

    /** What the audit log keeps of a correction (R-SEC3): the stage, the value replaced, the new one and why. */
    private static Map<String, Object> corrected(Correction c) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("correction", c.id().toString());
        details.put("previousSeconds", c.previousSeconds());
        details.put("correctedSeconds", c.correctedSeconds());
        details.put("reason", c.reason());
        return details;
    }

    /** Every correction of the order, newest first: the audit trail. */
    @GET
    @Path("/orders/{orderId}/corrections")
    @WithSession
    public Uni<List<Correction>> ofOrder(@PathParam("orderId") UUID orderId) {
        return corrections.ofOrder(orderId);
    }
}

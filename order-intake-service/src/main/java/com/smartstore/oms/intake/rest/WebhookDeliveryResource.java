package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.domain.WebhookDelivery;
import com.smartstore.oms.intake.repository.WebhookDeliveryRepository;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Webhook deliveries for inspection, rejected ones above all (they carry the raw payload and the problem). */
@Path("/api/webhook-deliveries")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class WebhookDeliveryResource {
    private final WebhookDeliveryRepository deliveries;

    public WebhookDeliveryResource(WebhookDeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @WithSession
    public Uni<Page<WebhookDeliveryView>> list(
            @QueryParam("source") String source,
            @QueryParam("outcome") WebhookDelivery.Outcome outcome,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return deliveries.page(source, outcome, page, size).map(found -> found.map(WebhookDeliveryView::of));
    }
}

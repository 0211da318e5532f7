package com.smartstore.oms.shipping.rest;

import com.smartstore.oms.shipping.service.TrackingService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Carriers' tracking updates (R-S5). Open to the internet on purpose ({@code @PermitAll}): carriers cannot get
 * Keycloak tokens, so each delivery is authenticated by {@code X-Signature}, the base64 HMAC-SHA256 of
 * {@code X-Signature-Timestamp + "." + body} with the carrier's secret.
 */
@Path("/webhooks/carriers")
public class CarrierWebhookResource {
    private final TrackingService tracking;

    public CarrierWebhookResource(TrackingService tracking) {
        this.tracking = tracking;
    }

    /**
     * 200 with the shipment the update was for, the same answer for every redelivery of the carrier's event id; 202
     * for a tracking number no shipment has (the update is kept); 401 unsigned, tampered or stale; 400 a body that is
     * not a tracking update; 404 a carrier that is not configured.
     */
    @POST
    @Path("/{carrier}")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> receive(@PathParam("carrier") String carrier, @Context HttpHeaders headers, byte[] body) {
        return tracking.fromCarrier(carrier, headers::getHeaderString, body == null ? new byte[0] : body)
                .map(receipt -> Response.status(receipt.matched() ? 200 : 202)
                        .entity(receipt)
                        .build());
    }
}

package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.domain.WebhookSource;
import com.smartstore.oms.intake.service.PaymentIntake;
import com.smartstore.oms.intake.service.WebhookIntake;
import com.smartstore.oms.kit.rest.ApiException;
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
import java.net.URI;

/**
 * Orders pushed by e-commerce platforms. Open to the internet on purpose ({@code @PermitAll}): platforms
 * cannot get Keycloak tokens, so each delivery is authenticated by the HMAC signature of its raw body.
 */
@Path("/webhooks")
public class WebhookResource {
    private final WebhookIntake intake;
    private final PaymentIntake payments;

    public WebhookResource(WebhookIntake intake, PaymentIntake payments) {
        this.intake = intake;
        this.payments = payments;
    }

    /**
     * A payment provider's report (R-I6), signed with {@code X-Signature}; answered 200 with the recorded payment,
     * the same answer however often the same provider payment id arrives.
     */
    @POST
    @Path("/payments/{provider}")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<PaymentView> payment(@PathParam("provider") String provider, @Context HttpHeaders headers, byte[] body) {
        return payments.receive(provider, headers::getHeaderString, body == null ? new byte[0] : body)
                .map(recorded -> PaymentView.of(recorded.payment()));
    }

    @POST
    @Path("/{source}")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> receive(@PathParam("source") String source, @Context HttpHeaders headers, byte[] body) {
        WebhookSource from =
                WebhookSource.ofPath(source).orElseThrow(() -> ApiException.notFound("Webhook source", source));
        return intake.receive(from, headers::getHeaderString, body == null ? new byte[0] : body)
                .map(received -> {
                    var order = received.order();
                    var answer =
                            new WebhookAccepted(order.id, order.orderNumber, order.externalOrderId, order.totalAmount);
                    return (received.created()
                                    ? Response.created(URI.create("/api/orders/" + order.id))
                                    : Response.ok())
                            .entity(answer)
                            .build();
                });
    }
}

package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.domain.WebhookSource;
import com.smartstore.oms.intake.service.PaymentIntake;
import com.smartstore.oms.intake.service.PlatformOrderIntake;
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

    /**
     * A platform's webhook (issue 10): 201 with the order it created, 200 with the same answer for every later
     * delivery of the same platform order, 202 when it became a DATA_ERROR intake case for a clerk, 200 for a topic
     * not acted on and WooCommerce's ping, 200 with what was applied for a change of an order on the platform (the
     * same answer for its redelivery); 401 only unsigned or tampered, 400 only a body that is not JSON.
     */
    @POST
    @Path("/{source}")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> receive(@PathParam("source") String source, @Context HttpHeaders headers, byte[] body) {
        WebhookSource from =
                WebhookSource.ofPath(source).orElseThrow(() -> ApiException.notFound("Webhook source", source));
        return intake.receive(from, headers::getHeaderString, body == null ? new byte[0] : body)
                .map(WebhookResource::answer);
    }

    private static Response answer(WebhookIntake.Outcome outcome) {
        if (outcome instanceof WebhookIntake.Ping ping) {
            return Response.ok(new WebhookIgnored(
                            true, "ping", "webhook " + ping.webhookId() + " reached Smart Store OMS"))
                    .build();
        }
        if (outcome instanceof WebhookIntake.Ignored ignored) {
            return Response.ok(new WebhookIgnored(
                            true, ignored.topic(), "intake does not act on this topic (yet); the delivery is kept"))
                    .build();
        }
        if (outcome instanceof WebhookIntake.Privacy privacy) {
            return Response.ok(privacy.answer()).build();
        }
        if (outcome instanceof WebhookIntake.Changed changed) {
            return Response.ok(changed.answer()).build();
        }
        PlatformOrderIntake.Taken taken = ((WebhookIntake.Taken) outcome).taken();
        if (taken instanceof PlatformOrderIntake.CaseTaken opened) {
            return Response.accepted(WebhookCaseAnswer.of(opened.intakeCase()))
                    .location(URI.create("/api/intake-cases/" + opened.intakeCase().id))
                    .build();
        }
        var received = (PlatformOrderIntake.OrderTaken) taken;
        var order = received.order();
        return (received.created() ? Response.created(URI.create("/api/orders/" + order.id)) : Response.ok())
                .entity(new WebhookAccepted(order.id, order.orderNumber, order.externalOrderId, order.totalAmount))
                .build();
    }
}

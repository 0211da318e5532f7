package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.command.PaymentRequest;
import com.smartstore.oms.intake.domain.Payment;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.intake.repository.PaymentRepository;
import com.smartstore.oms.intake.service.PaymentIntake;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** Payments of an order (R-I6): finance records them; finance, customer service and managers read them. */
@Path("/api/orders/{id}/payments")
public class PaymentResource {
    private final PaymentIntake intake;
    private final PaymentRepository payments;
    private final OrderRepository orders;
    private final Caller user;

    public PaymentResource(PaymentIntake intake, PaymentRepository payments, OrderRepository orders, Caller user) {
        this.intake = intake;
        this.payments = payments;
        this.orders = orders;
        this.user = user;
    }

    /** 201 with the payment (and any anomaly it revealed); the same payment id again: 200 with the same answer. */
    @POST
    @RolesAllowed(Roles.FINANCE)
    public Uni<Response> record(@PathParam("id") UUID id, @NotNull @Valid PaymentRequest request) {
        if (request.provider() == null) {
            throw ApiException.badRequest(
                    "invalid-payment", "provider: say who took the payment, e.g. \"pos\" or \"bank-transfer\"");
        }
        return intake.recordOnce(id, request.provider(), request, user.actor(), Payment.Source.FINANCE)
                .map(r -> Response.status(r.created() ? 201 : 200)
                        .entity(PaymentView.of(r.payment()))
                        .build());
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.FINANCE, Roles.CUSTOMER_SERVICE, Roles.MANAGER})
    public Uni<List<PaymentView>> list(@PathParam("id") UUID id) {
        return orders.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Order", id))
                .chain(order -> payments.ofOrder(id))
                .map(list -> list.stream().map(PaymentView::of).toList());
    }
}

package com.smartstore.oms.intake.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.intake.domain.IdempotencyRecord;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderStatus;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.intake.service.OrderService;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Orders entered by internal apps and staff, and their progress. */
@Path("/api/orders")
public class OrderResource {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final OrderService service;
    private final OrderRepository orders;
    private final CurrentUser user;
    private final ObjectMapper json;

    public OrderResource(OrderService service, OrderRepository orders, CurrentUser user, ObjectMapper json) {
        this.service = service;
        this.orders = orders;
        this.user = user;
        this.json = json;
    }

    /**
     * With an {@code Idempotency-Key} (per user), a repeated request gets the original answer instead of a
     * second order, and the same key with a different body is refused.
     */
    @POST
    @RolesAllowed({Roles.ORDER_CLERK, Roles.SALES, Roles.CUSTOMER_SERVICE})
    public Uni<Response> create(
            @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 200) String key, @NotNull @Valid CreateOrderRequest request) {
        if (key == null) {
            return service.create(request, user.name())
                    .map(o -> Response.created(URI.create("/api/orders/" + o.id))
                            .entity(answer(o))
                            .build());
        }
        if (key.isBlank()) {
            throw ApiException.badRequest("invalid-idempotency-key", IDEMPOTENCY_KEY + " must not be blank");
        }
        String name = user.name();
        String hash = hash(request);
        return service.idempotencyRecord(name, key)
                .chain(found -> found != null
                        ? replay(found, hash)
                        : service.create(request, name, key, hash, o -> toJson(answer(o)))
                                .map(o -> Response.created(URI.create("/api/orders/" + o.id))
                                        .entity(answer(o))
                                        .build())
                                // A concurrent request with the same key committed first: answer as it was answered.
                                .onFailure(OrderResource::isKeyTaken)
                                .recoverWithUni(() ->
                                        service.idempotencyRecord(name, key).chain(r -> replay(r, hash))));
    }

    private static OrderCreated answer(Order o) {
        return new OrderCreated(o.id, o.orderNumber, o.status, o.totalAmount);
    }

    private static Uni<Response> replay(IdempotencyRecord record, String hash) {
        if (!record.requestHash.equals(hash)) {
            return Uni.createFrom()
                    .failure(ApiException.unprocessable(
                            "idempotency-key-reused",
                            "This " + IDEMPOTENCY_KEY + " was used for a different order (" + record.orderId
                                    + "); use a new key for a new order"));
        }
        return Uni.createFrom()
                .item(Response.created(URI.create("/api/orders/" + record.orderId))
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(record.responseBody)
                        .build());
    }

    private String hash(CreateOrderRequest request) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private String toJson(OrderCreated answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isKeyTaken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("idempotency_key_pkey")) {
                return true;
            }
        }
        return false;
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.ORDER_CLERK, Roles.SALES, Roles.CUSTOMER_SERVICE, Roles.REVIEWER, Roles.MANAGER, Roles.ADMIN})
    public Uni<OrderView> get(@PathParam("id") UUID id) {
        return orders.findWithLines(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Order", id))
                .chain(order -> orders.history(id)
                        .chain(history ->
                                orders.shippingLines(id).map(shipping -> OrderView.of(order, history, shipping))));
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.ORDER_CLERK, Roles.SALES, Roles.CUSTOMER_SERVICE, Roles.REVIEWER, Roles.MANAGER, Roles.ADMIN})
    public Uni<List<OrderView>> list(
            @QueryParam("status") OrderStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return orders.page(status, page, size)
                .map(list -> list.stream().map(OrderView::summary).toList());
    }
}

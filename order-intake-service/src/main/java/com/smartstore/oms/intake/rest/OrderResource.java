package com.smartstore.oms.intake.rest;

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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Orders entered by internal apps and staff, and their progress. */
@Path("/api/orders")
public class OrderResource {
    private final OrderService service;
    private final OrderRepository orders;
    private final CurrentUser user;

    public OrderResource(OrderService service, OrderRepository orders, CurrentUser user) {
        this.service = service;
        this.orders = orders;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.ORDER_CLERK, Roles.SALES, Roles.CUSTOMER_SERVICE})
    public Uni<Response> create(@NotNull @Valid CreateOrderRequest request) {
        return service.create(request, user.name())
                .map(o -> Response.created(URI.create("/api/orders/" + o.id))
                        .entity(new OrderCreated(o.id, o.orderNumber, o.status, o.totalAmount))
                        .build());
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
                .chain(order -> orders.history(id).map(history -> OrderView.of(order, history)));
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

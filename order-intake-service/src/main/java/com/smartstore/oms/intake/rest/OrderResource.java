package com.smartstore.oms.intake.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.command.AmendmentRequest;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.domain.IdempotencyRecord;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderStatus;
import com.smartstore.oms.intake.repository.ConcurrentWrite;
import com.smartstore.oms.intake.repository.OrderFilter;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.intake.service.OrderChanges;
import com.smartstore.oms.intake.service.OrderService;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.pii.PiiCipher;
import com.smartstore.oms.kit.pii.PiiNormalizer;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.rest.QueryParams;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Orders entered by internal apps and staff, and their progress. */
@Path("/api/orders")
public class OrderResource {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final OrderService service;
    private final OrderChanges changes;
    private final OrderRepository orders;
    private final Caller user;
    private final ObjectMapper json;
    private final PiiCipher cipher;

    public OrderResource(
            OrderService service,
            OrderChanges changes,
            OrderRepository orders,
            Caller user,
            ObjectMapper json,
            PiiCipher cipher) {
        this.service = service;
        this.changes = changes;
        this.orders = orders;
        this.user = user;
        this.json = json;
        this.cipher = cipher;
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
            return service.create(request, user.actor())
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
                        : service.create(request, user.actor(), key, hash, o -> toJson(answer(o)))
                                .map(o -> Response.created(URI.create("/api/orders/" + o.id))
                                        .entity(answer(o))
                                        .build())
                                // A concurrent request with the same key committed first: answer as it was answered.
                                .onFailure(ConcurrentWrite.unique("idempotency_key_pkey"))
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

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({
        Roles.ORDER_CLERK,
        Roles.SALES,
        Roles.CUSTOMER_SERVICE,
        Roles.REVIEWER,
        Roles.FINANCE,
        Roles.SHIPPING,
        Roles.MANAGER,
        Roles.ADMIN
    })
    public Uni<OrderView> get(@PathParam("id") UUID id) {
        boolean personalData = user.seesPersonalData();
        return orders.findWithLines(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Order", id))
                .chain(order -> orders.history(id)
                        .chain(history -> orders.shippingLines(id)
                                .map(shipping -> OrderView.of(order, history, shipping, personalData))));
    }

    /**
     * Customer service's search: every filter optional and combined; phone and e-mail match the normalised
     * value through its keyed hash (the columns are encrypted), so {@code 00351 912-345-678} finds
     * {@code +351912345678}.
     */
    @GET
    @WithSession
    @RolesAllowed({Roles.ORDER_CLERK, Roles.SALES, Roles.CUSTOMER_SERVICE, Roles.MANAGER, Roles.ADMIN})
    public Uni<Page<OrderView>> search(
            @QueryParam("status") String statusParam,
            @QueryParam("channel") String channelParam,
            @QueryParam("from") String fromParam,
            @QueryParam("to") String toParam,
            @QueryParam("orderNumber") @Size(max = 40) String orderNumber,
            @QueryParam("externalId") @Size(max = 200) String externalId,
            @QueryParam("phone") @Size(max = 40) String phone,
            @QueryParam("email") @Size(max = 200) String email,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        OrderStatus status = QueryParams.enumValue("status", statusParam, OrderStatus.class);
        SalesChannel channel = QueryParams.enumValue("channel", channelParam, SalesChannel.class);
        LocalDate from = QueryParams.date("from", fromParam);
        LocalDate to = QueryParams.date("to", toParam);
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("invalid-date-range", "to (" + to + ") is before from (" + from + ")");
        }
        var filter = new OrderFilter(
                status,
                channel,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                blankToNull(orderNumber),
                blankToNull(externalId),
                cipher.hash(PiiNormalizer.phone(blankToNull(phone))),
                cipher.hash(PiiNormalizer.email(blankToNull(email))));
        boolean personalData = user.seesPersonalData();
        return orders.search(filter, page, size).map(found -> found.map(o -> OrderView.summary(o, personalData)));
    }

    /** Every change to the order with who, roles, when and what (R-SEC3). */
    @GET
    @Path("/{id}/audit")
    @WithSession
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Uni<List<AuditEntryView>> audit(@PathParam("id") UUID id) {
        return orders.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Order", id))
                .chain(order -> orders.audit(id))
                .map(entries -> entries.stream().map(AuditEntryView::of).toList());
    }

    /**
     * Requests a cancellation (R-I11): 202 Accepted with the order and its {@code cancellation}; shipping confirms or
     * refuses it by event. 409 naming the status once intake knows the order shipped or was cancelled; while a
     * request is pending, the same request again (202).
     */
    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.ORDER_CLERK, Roles.MANAGER})
    public Uni<Response> cancel(@PathParam("id") UUID id, @NotNull @Valid CancelRequest request) {
        // The caller based nothing on a version: a clash with an event being applied to the order is retried here.
        return Uni.createFrom()
                .deferred(() -> changes.requestCancellation(id, request.reason(), user.actor()))
                .onFailure(ConcurrentWrite::isStaleUpdate)
                .retry()
                .atMost(STALE_RETRIES)
                .onFailure(ConcurrentWrite::isStaleUpdate)
                .transform(OrderResource::changedMeanwhile)
                .map(o -> Response.accepted(OrderView.summary(o, true)).build());
    }

    /** A customer's change (R-I10): address/contact until shipped, lines until picked; 409 with the reason after. */
    @POST
    @Path("/{id}/amendments")
    @RolesAllowed({Roles.CUSTOMER_SERVICE})
    public Uni<Response> amend(@PathParam("id") UUID id, @NotNull @Valid AmendmentRequest request) {
        return Uni.createFrom()
                .deferred(() -> changes.amend(id, request, user.actor()))
                .onFailure(ConcurrentWrite::isStaleUpdate)
                .retry()
                .atMost(STALE_RETRIES)
                .onFailure(ConcurrentWrite::isStaleUpdate)
                .transform(OrderResource::changedMeanwhile)
                .map(a -> Response.status(201).entity(AmendmentView.of(a)).build());
    }

    /**
     * Maps a platform line that came without a SKU (issue 10; review holds the order until then): the line gets the
     * catalogue SKU at the platform's price, published as {@code order-amended}; 409 {@code line-mapped} for a line
     * that has a SKU.
     */
    @POST
    @Path("/{id}/lines/{lineNo}/sku")
    @RolesAllowed({Roles.ORDER_CLERK, Roles.CUSTOMER_SERVICE})
    public Uni<Response> mapLine(
            @PathParam("id") UUID id, @PathParam("lineNo") int lineNo, @NotNull @Valid LineMappingRequest request) {
        return Uni.createFrom()
                .deferred(() -> changes.mapLine(
                        id, lineNo, request.sku(), Boolean.TRUE.equals(request.remember()), user.actor()))
                .onFailure(ConcurrentWrite::isStaleUpdate)
                .retry()
                .atMost(STALE_RETRIES)
                .onFailure(ConcurrentWrite::isStaleUpdate)
                .transform(OrderResource::changedMeanwhile)
                .map(a -> Response.status(201).entity(AmendmentView.of(a)).build());
    }

    /** Rejected orders with the reviewer's reason, for the clerks to correct (R-I9). */
    @GET
    @Path("/corrections")
    @WithSession
    @RolesAllowed({Roles.ORDER_CLERK, Roles.CUSTOMER_SERVICE, Roles.SALES})
    public Uni<Page<CorrectionView>> corrections(
            @QueryParam("orderId") String orderId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return orders.awaitingCorrection(QueryParams.uuid("bad-order-id", "orderId", orderId), page, size)
                .map(found -> found.map(CorrectionView::of));
    }

    /** Resubmits a rejected order with corrected content as its next revision; 409 unless it is REJECTED. */
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ORDER_CLERK, Roles.CUSTOMER_SERVICE})
    public Uni<OrderView> correct(@PathParam("id") UUID id, @NotNull @Valid CreateOrderRequest request) {
        return service.correct(id, request, user.actor())
                .onFailure(ConcurrentWrite::isStaleUpdate)
                .transform(OrderResource::changedMeanwhile)
                .map(o -> OrderView.summary(o, true));
    }

    /**
     * Cancel and amend requests name no version: when an event (picked, shipped, a decision) updated the order
     * between our read and our write, the request is applied again on the fresh order (issue 17: a cancellation
     * racing the shipped event got a 409 "changed meanwhile" instead of an answer).
     */
    private static final int STALE_RETRIES = 5;

    private static Throwable changedMeanwhile(Throwable stale) {
        return ApiException.conflict(
                "concurrent-change", "The order changed while this request was applied; reload it and try again");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package com.smartstore.oms.returns.rest;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.rest.QueryParams;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.returns.config.ReturnsConfig;
import com.smartstore.oms.returns.domain.Inspection;
import com.smartstore.oms.returns.domain.PolicyText;
import com.smartstore.oms.returns.domain.ReturnStatus;
import com.smartstore.oms.returns.repository.ReturnRepository;
import com.smartstore.oms.returns.service.RefundService;
import com.smartstore.oms.returns.service.ReturnService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The return policy and return tickets: anyone reads the policy (R-X1); customer service and after-sales check
 * eligibility and open tickets for eligible goods (R-X2), after-sales logs its contacts with the customer (R-X3).
 */
@Path("/api/returns")
public class ReturnResource {
    private final ReturnService service;
    private final ReturnRepository returns;
    private final CurrentUser user;
    private final ReturnsConfig config;
    private final Clock clock;
    private final RefundService refunds;

    public ReturnResource(
            ReturnService service,
            ReturnRepository returns,
            CurrentUser user,
            ReturnsConfig config,
            Clock clock,
            RefundService refunds) {
        this.service = service;
        this.refunds = refunds;
        this.returns = returns;
        this.user = user;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The published return policy (R-X1), open to anyone on purpose ({@code @PermitAll}): shops show it on product and
     * order pages. In {@code zh-TW} or {@code en}: {@code lang} if given, else the Accept-Language header.
     */
    @GET
    @Path("/policy")
    @PermitAll
    public Response policy(
            @QueryParam("lang") @Size(max = 35) String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        String language = PolicyText.language(lang, accept);
        return Response.ok(PolicyView.of(config, language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    /** Whether the policy allows returning these goods of an order now, every reason why not, and the deadline. */
    @POST
    @Path("/eligibility")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.AFTER_SALES, Roles.MANAGER})
    public Uni<EligibilityView> eligibility(@NotNull @Valid EligibilityRequest request) {
        return service.eligibility(request.orderId(), lines(request.lines()))
                .map(e -> EligibilityView.of(request.orderId(), e));
    }

    private static List<LineQuantity> lines(List<CreateReturnRequest.Line> lines) {
        return lines == null
                ? List.of()
                : lines.stream()
                        .map(l -> new LineQuantity(l.sku().trim(), l.quantity()))
                        .toList();
    }

    /**
     * Opens a ticket for the eligible goods of a shipped order (R-X2): 201 with the ticket and its return shipping
     * instructions; an ineligible return is refused with every policy reason (409 the order, 422 a line).
     */
    @POST
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.AFTER_SALES})
    public Uni<Response> request(@NotNull @Valid CreateReturnRequest request) {
        return service.request(request.orderId(), request.toRequest(), lines(request.lines()), user.name())
                .map(t -> Response.created(URI.create("/api/returns/" + t.id))
                        .entity(ReturnView.of(t, clock.instant()))
                        .build());
    }

    /** Logs a contact with the ticket's customer (R-X3); the first one meets the contact deadline. */
    @POST
    @Path("/{id}/contacts")
    @RolesAllowed({Roles.AFTER_SALES, Roles.CUSTOMER_SERVICE})
    public Uni<ReturnView> contact(@PathParam("id") UUID id, @NotNull @Valid ContactRequest request) {
        return service.contact(id, request.channel(), request.note(), user.name())
                .map(t -> ReturnView.of(t, clock.instant()));
    }

    /** Records what came back (R-X4): per SKU of the ticket, how many; a SKU not named came back with none. */
    @POST
    @Path("/{id}/receipt")
    @RolesAllowed({Roles.AFTER_SALES, Roles.WAREHOUSE})
    public Uni<ReturnView> receive(@PathParam("id") UUID id, @NotNull @Valid ReceiptRequest request) {
        Map<String, Integer> received = new LinkedHashMap<>();
        request.lines().forEach(l -> received.merge(l.sku().trim(), l.quantity(), Integer::sum));
        return service.receive(id, received, request.note(), user.name()).map(t -> ReturnView.of(t, clock.instant()));
    }

    /**
     * Grades each line that came back (condition, disposition) and decides its eligibility (R-X4, R-X5); publishes
     * {@code return-received}, from which the receiving warehouse restocks the RESELLABLE goods.
     */
    @POST
    @Path("/{id}/inspection")
    @RolesAllowed({Roles.AFTER_SALES})
    public Uni<ReturnView> inspect(@PathParam("id") UUID id, @NotNull @Valid InspectionRequest request) {
        List<Inspection> inspections = request.lines().stream()
                .map(l -> new Inspection(l.sku().trim(), l.condition(), l.disposition()))
                .toList();
        return service.inspect(id, inspections, request.note(), user.name())
                .map(t -> ReturnView.of(t, clock.instant()));
    }

    /**
     * Issues the refund of the goods inspection found eligible (R-X4..R-X6), computed from what the order paid;
     * publishes {@code refund-issued} for finance. 201 with the refund.
     */
    @POST
    @Path("/{id}/refund")
    @RolesAllowed({Roles.AFTER_SALES})
    public Uni<Response> refund(@PathParam("id") UUID id) {
        return refunds.issue(id, user.name())
                .map(r -> Response.created(URI.create("/api/refunds?orderId=" + r.orderId))
                        .entity(RefundView.of(r))
                        .build());
    }

    /**
     * For goods inspection found the policy does not cover (R-X4): offers an alternative with its explanation, or
     * records the customer's consent (which carries it out and resolves the ticket, {@code return-resolved}) or
     * refusal (the ticket waits for another offer).
     */
    @POST
    @Path("/{id}/alternative")
    @RolesAllowed({Roles.AFTER_SALES, Roles.CUSTOMER_SERVICE})
    public Uni<ReturnView> alternative(@PathParam("id") UUID id, @NotNull @Valid AlternativeRequest request) {
        return service.alternative(
                        id,
                        request.alternative(),
                        request.explanation(),
                        request.compensationAmount(),
                        request.customerConsent(),
                        request.consentNote(),
                        user.name())
                .map(t -> ReturnView.of(t, clock.instant()));
    }

    /** The specification the replacement should have (size, colour...); none: the one the customer asked for. */
    public record ExchangeRequest(@Size(max = 500) String specification) {}

    /**
     * Exchanges the goods inspection found eligible (R-X6): publishes {@code exchange-requested}, from which intake
     * creates a zero-priced replacement order linked to the ticket, and resolves the ticket EXCHANGED.
     */
    @POST
    @Path("/{id}/exchange")
    @RolesAllowed({Roles.AFTER_SALES})
    public Uni<ReturnView> exchange(@PathParam("id") UUID id, @Valid ExchangeRequest request) {
        return service.exchange(id, request == null ? null : request.specification(), user.name())
                .map(t -> ReturnView.of(t, clock.instant()));
    }

    /** Tickets newest first, as a page ({@code {items, page, size, total}}). */
    @GET
    @WithSession
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.AFTER_SALES, Roles.MANAGER})
    public Uni<Page<ReturnView>> list(
            @QueryParam("orderId") UUID orderId,
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        ReturnStatus wanted = QueryParams.enumValue("status", status, ReturnStatus.class);
        Instant now = clock.instant();
        return returns.page(orderId, wanted, page, size).map(p -> p.map(t -> ReturnView.of(t, now)));
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.AFTER_SALES, Roles.MANAGER})
    public Uni<ReturnView> get(@PathParam("id") UUID id) {
        return returns.findWithLines(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Return", id))
                .map(t -> ReturnView.of(t, clock.instant()));
    }
}

package com.smartstore.oms.returns.rest;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.rest.QueryParams;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.returns.domain.RefundStatus;
import com.smartstore.oms.returns.repository.RefundRepository;
import com.smartstore.oms.returns.service.RefundService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/** Finance's refunds (R-X5): the reconciliation of issued against confirmed refunds, and the payout confirmation. */
@Path("/api/refunds")
public class RefundResource {
    private final RefundService service;
    private final RefundRepository refunds;
    private final CurrentUser user;

    public RefundResource(RefundService service, RefundRepository refunds, CurrentUser user) {
        this.service = service;
        this.refunds = refunds;
        this.user = user;
    }

    /** A confirmation of a payout, with the payment provider's or bank's reference. */
    public record ConfirmRequest(@Size(max = 200) String payoutReference) {}

    /** Refunds newest first as a page; {@code status=REQUESTED} lists those still to pay out. */
    @GET
    @WithSession
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER})
    public Uni<Page<RefundView>> list(
            @QueryParam("status") String status,
            @QueryParam("orderId") UUID orderId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        RefundStatus wanted = QueryParams.enumValue("status", status, RefundStatus.class);
        return refunds.page(wanted, orderId, page, size).map(p -> p.map(RefundView::of));
    }

    /** Finance confirms the payout (once: 409 after); the return is resolved REFUNDED ({@code return-resolved}). */
    @POST
    @Path("/{id}/confirm")
    @RolesAllowed({Roles.FINANCE})
    public Uni<RefundView> confirm(@PathParam("id") UUID id, @Valid ConfirmRequest request) {
        return service.confirm(id, request == null ? null : request.payoutReference(), user.name())
                .map(RefundView::of);
    }
}

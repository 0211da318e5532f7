package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.warehouse.service.ReceiptService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Goods receipts: stock arrives and serves the orders waiting for it first (R-W6). */
@Path("/api/receipts")
public class ReceiptResource {
    private final ReceiptService receipts;
    private final CurrentUser user;

    public ReceiptResource(ReceiptService receipts, CurrentUser user) {
        this.receipts = receipts;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.WAREHOUSE, Roles.PURCHASING})
    public Uni<ReceiptView> receive(@NotNull @Valid ReceiptRequest request) {
        return receipts.receive(
                        Codes.require("warehouse", request.warehouse()),
                        Codes.require("sku", request.sku()),
                        request.quantity(),
                        request.purchaseRequestId(),
                        user.name())
                .map(received -> ReceiptView.of(request, received));
    }
}

package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.warehouse.domain.BackorderStatus;
import com.smartstore.oms.warehouse.repository.BackorderRepository;
import com.smartstore.oms.warehouse.repository.PurchaseRequestRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/** Approved orders waiting for stock, oldest approval first (R-W6), with the expected arrival (R-W5). */
@Path("/api/backorders")
public class BackorderResource {
    private final BackorderRepository backorders;
    private final PurchaseRequestRepository requests;

    public BackorderResource(BackorderRepository backorders, PurchaseRequestRepository requests) {
        this.backorders = backorders;
        this.requests = requests;
    }

    /** Waiting orders (or one order's), what they wait for and when it is expected. */
    @GET
    @WithSession
    @RolesAllowed({Roles.WAREHOUSE, Roles.PURCHASING, Roles.CUSTOMER_SERVICE, Roles.MANAGER})
    public Uni<Page<BackorderView>> waiting(
            @QueryParam("orderId") UUID orderId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return backorders
                .pageWithStatus(BackorderStatus.WAITING, orderId, page, size)
                .chain(found -> requests.openFor(found.items().stream()
                                .flatMap(b -> b.lines.stream().map(l -> l.sku))
                                .distinct()
                                .toList())
                        .map(open -> found.map(b -> BackorderView.of(b, open))));
    }
}

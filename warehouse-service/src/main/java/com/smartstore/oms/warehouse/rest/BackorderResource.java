package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.warehouse.domain.BackorderStatus;
import com.smartstore.oms.warehouse.repository.BackorderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

/** Approved orders waiting for stock, oldest approval first (R-W6). */
@Path("/api/backorders")
public class BackorderResource {
    private final BackorderRepository backorders;

    public BackorderResource(BackorderRepository backorders) {
        this.backorders = backorders;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.WAREHOUSE, Roles.PURCHASING, Roles.CUSTOMER_SERVICE})
    public Uni<List<BackorderView>> waiting(@QueryParam("orderId") UUID orderId) {
        return backorders
                .withStatus(BackorderStatus.WAITING, orderId)
                .map(all -> all.stream().map(BackorderView::of).toList());
    }
}

package com.smartstore.oms.shipping.rest;

import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.shipping.service.Carriers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.TreeMap;

/** The carriers shipments leave with ({@code oms.shipping.carriers}), for the dispatch form and customer service. */
@Path("/api/carriers")
public class CarrierResource {
    private final Carriers carriers;

    public CarrierResource(Carriers carriers) {
        this.carriers = carriers;
    }

    @GET
    @RolesAllowed({Roles.SHIPPING, Roles.WAREHOUSE, Roles.CUSTOMER_SERVICE})
    public List<CarrierView> list() {
        return carriers.all().stream()
                .map(c -> new CarrierView(
                        c.code(),
                        c.name(),
                        c.trackingUrlTemplate(),
                        c.webhookSecret() != null,
                        c.trackingPattern() == null ? null : c.trackingPattern().pattern(),
                        c.trackingFormat(),
                        new TreeMap<>(c.services()),
                        c.defaultService()))
                .toList();
    }
}

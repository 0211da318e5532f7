package com.smartstore.oms.analytics.rest;

import com.smartstore.oms.analytics.domain.TimeToShip;
import com.smartstore.oms.analytics.repository.OrderTimelineRepository;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/** Reports over the order timelines (R-A1, R-A4), for managers and administrators. */
@Path("/api/analytics")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class AnalyticsResource {
    private final OrderTimelineRepository timelines;

    public AnalyticsResource(OrderTimelineRepository timelines) {
        this.timelines = timelines;
    }

    /** Receipt-to-ship time and the time of each stage, over the orders shipped in {@code [from, to)}. */
    @GET
    @Path("/time-to-ship")
    @WithSession
    public Uni<TimeToShipView> timeToShip(@QueryParam("from") String from, @QueryParam("to") String to) {
        TimeRange range = TimeRange.parse(from, to);
        return timelines
                .shippedBetween(range.from(), range.to())
                .map(orders -> TimeToShipView.of(range, TimeToShip.of(orders)));
    }

    /** When each step of one order happened. */
    @GET
    @Path("/orders/{orderId}/timeline")
    @WithSession
    public Uni<OrderTimelineView> timeline(@PathParam("orderId") UUID orderId) {
        return timelines
                .findById(orderId)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Order timeline", orderId))
                .map(OrderTimelineView::of);
    }
}

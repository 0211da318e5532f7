package com.smartstore.oms.analytics.rest;

import com.smartstore.oms.analytics.domain.Period;
import com.smartstore.oms.analytics.repository.OrderTimelineRepository;
import com.smartstore.oms.analytics.service.AnalyticsQueries;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.UUID;

/**
 * Reports over the daily figures (R-A1..R-A4, exceptions, SLAs), for managers and administrators. Every answer adds
 * up day rows of the range; none reads orders.
 */
@Path("/api/analytics")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class AnalyticsResource {
    private final OrderTimelineRepository timelines;
    private final AnalyticsQueries queries;
    private final Clock clock;

    public AnalyticsResource(OrderTimelineRepository timelines, AnalyticsQueries queries, Clock clock) {
        this.timelines = timelines;
        this.queries = queries;
        this.clock = clock;
    }

    /** Receipt-to-(last-)ship time and the time of each stage, over the orders last shipped in {@code [from, to)}. */
    @GET
    @Path("/time-to-ship")
    @WithSession
    public Uni<TimeToShipView> timeToShip(@QueryParam("from") String from, @QueryParam("to") String to) {
        return queries.timeToShip(TimeRange.parse(from, to));
    }

    /** Orders received per period and channel, with the trend (R-A2). */
    @GET
    @Path("/volume")
    @WithSession
    public Uni<VolumeView> volume(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        return queries.volume(TimeRange.parseWithDefaults(from, to, clock), period(groupBy));
    }

    /** Customer behaviour by pseudonym (R-A3). */
    @GET
    @Path("/customers")
    @WithSession
    public Uni<CustomersView> customers(@QueryParam("from") String from, @QueryParam("to") String to) {
        return queries.customers(TimeRange.parseWithDefaults(from, to, clock));
    }

    /** Each stage's durations, overall, per channel and per warehouse, with the bottleneck (R-A4). */
    @GET
    @Path("/stages")
    @WithSession
    public Uni<StagesView> stages(@QueryParam("from") String from, @QueryParam("to") String to) {
        return queries.stages(TimeRange.parseWithDefaults(from, to, clock));
    }

    /** Return and exchange rates per period and product, reasons, outcomes and QC defect causes (R-A5). */
    @GET
    @Path("/returns")
    @WithSession
    public Uni<ReturnsView> returns(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        return queries.returns(TimeRange.parseWithDefaults(from, to, clock), period(groupBy));
    }

    /** Exceptions per type with their resolution times and satisfaction. */
    @GET
    @Path("/exceptions")
    @WithSession
    public Uni<ExceptionsView> exceptions(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        return queries.exceptions(TimeRange.parseWithDefaults(from, to, clock), period(groupBy));
    }

    /** SLA breaches per step (kind) and period. */
    @GET
    @Path("/sla")
    @WithSession
    public Uni<SlaView> sla(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        return queries.sla(TimeRange.parseWithDefaults(from, to, clock), period(groupBy));
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

    static Period period(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return Period.DAY;
        }
        Period period = Period.parse(groupBy);
        if (period == null) {
            throw ApiException.badRequest("invalid-groupBy", "groupBy must be day, week or month, not: " + groupBy);
        }
        return period;
    }
}

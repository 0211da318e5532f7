package com.smartstore.oms.analytics.rest;

import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.domain.Period;
import com.smartstore.oms.analytics.domain.Tally;
import com.smartstore.oms.analytics.repository.FigureRepository;
import com.smartstore.oms.analytics.repository.FigureRepository.Row;
import com.smartstore.oms.analytics.repository.OrderTimelineRepository;
import com.smartstore.oms.analytics.repository.SubjectRepository;
import com.smartstore.oms.analytics.service.FigureQueries;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reports over the daily figures (R-A1..R-A4, exceptions, SLAs), for managers and administrators. Every answer adds
 * up day rows of the range; none reads orders.
 */
@Path("/api/analytics")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class AnalyticsResource {
    private final OrderTimelineRepository timelines;
    private final FigureRepository figures;
    private final SubjectRepository subjects;
    private final Clock clock;

    public AnalyticsResource(
            OrderTimelineRepository timelines, FigureRepository figures, SubjectRepository subjects, Clock clock) {
        this.timelines = timelines;
        this.figures = figures;
        this.subjects = subjects;
        this.clock = clock;
    }

    /** Receipt-to-(last-)ship time and the time of each stage, over the orders last shipped in {@code [from, to)}. */
    @GET
    @Path("/time-to-ship")
    @WithSession
    public Uni<TimeToShipView> timeToShip(@QueryParam("from") String from, @QueryParam("to") String to) {
        TimeRange range = TimeRange.parse(from, to);
        return figures.rows(TimeToShipView.METRICS, Metrics.ALL, range.fromDay(), range.toDay())
                .map(rows -> TimeToShipView.of(range, rows));
    }

    /** Orders received per period and channel, with the trend (R-A2). */
    @GET
    @Path("/volume")
    @WithSession
    public Uni<VolumeView> volume(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        TimeRange range = TimeRange.parseWithDefaults(from, to, clock);
        Period period = period(groupBy);
        return figures.rows(
                        List.of(Metrics.RECEIVED),
                        Metrics.CHANNEL,
                        VolumeView.lookback(range.fromDay(), range.toDay()),
                        range.toDay())
                .map(rows -> VolumeView.of(range, period, rows));
    }

    /** Customer behaviour by pseudonym (R-A3). */
    @GET
    @Path("/customers")
    @WithSession
    public Uni<CustomersView> customers(@QueryParam("from") String from, @QueryParam("to") String to) {
        TimeRange range = TimeRange.parseWithDefaults(from, to, clock);
        return figures.customerFrequency(range.fromDay(), range.toDay())
                .chain(frequency -> figures.rows(List.of(Metrics.RECEIVED), Metrics.ALL, range.fromDay(), range.toDay())
                        .chain(received -> figures.totalsByDim(
                                        Metrics.SKU_UNITS, Metrics.SKU, range.fromDay(), range.toDay())
                                .chain(skus -> subjects.categories(
                                                skus.stream().map(Row::dim).toList())
                                        .map(categories ->
                                                customersView(range, frequency, received, skus, categories)))));
    }

    private static CustomersView customersView(
            TimeRange range,
            List<long[]> frequency,
            List<Row> received,
            List<Row> skus,
            Map<String, String> categories) {
        long customers = frequency.stream().mapToLong(f -> f[1]).sum();
        long repeat =
                frequency.stream().filter(f -> f[0] > 1).mapToLong(f -> f[1]).sum();
        Tally orders = FigureQueries.total(received, Metrics.RECEIVED);
        Map<String, Long> units = new TreeMap<>();
        skus.forEach(s -> units.merge(categories.getOrDefault(s.dim(), "uncategorised"), s.total(), Long::sum));
        List<CustomersView.Category> top = units.entrySet().stream()
                .map(e -> new CustomersView.Category(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(CustomersView.Category::units)
                        .reversed()
                        .thenComparing(CustomersView.Category::category))
                .limit(10)
                .toList();
        return new CustomersView(
                range.from(),
                range.to(),
                customers,
                orders.count(),
                repeat,
                customers == 0 ? null : Math.round(repeat * 10000.0 / customers) / 10000.0,
                orders.mean() == null ? null : Math.round(orders.mean()) / 100.0,
                frequency.stream()
                        .map(f -> new CustomersView.Frequency(f[0], f[1]))
                        .toList(),
                top);
    }

    /** Each stage's durations, overall, per channel and per warehouse, with the bottleneck (R-A4). */
    @GET
    @Path("/stages")
    @WithSession
    public Uni<StagesView> stages(@QueryParam("from") String from, @QueryParam("to") String to) {
        TimeRange range = TimeRange.parseWithDefaults(from, to, clock);
        return figures.rows(Metrics.STAGES, Metrics.ALL, range.fromDay(), range.toDay())
                .chain(overall -> figures.rows(Metrics.STAGES, Metrics.CHANNEL, range.fromDay(), range.toDay())
                        .chain(channels -> figures.rows(
                                        Metrics.STAGES, Metrics.WAREHOUSE, range.fromDay(), range.toDay())
                                .map(warehouses -> StagesView.of(range, overall, channels, warehouses))));
    }

    /** Exceptions per type with their resolution times and satisfaction. */
    @GET
    @Path("/exceptions")
    @WithSession
    public Uni<ExceptionsView> exceptions(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        TimeRange range = TimeRange.parseWithDefaults(from, to, clock);
        Period period = period(groupBy);
        return figures.rows(ExceptionsView.METRICS, Metrics.ALL, range.fromDay(), range.toDay())
                .chain(overall -> figures.rows(ExceptionsView.METRICS, Metrics.TYPE, range.fromDay(), range.toDay())
                        .map(byType -> ExceptionsView.of(range, period, overall, byType)));
    }

    /** SLA breaches per step (kind) and period. */
    @GET
    @Path("/sla")
    @WithSession
    public Uni<SlaView> sla(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        TimeRange range = TimeRange.parseWithDefaults(from, to, clock);
        Period period = period(groupBy);
        return figures.rows(List.of(Metrics.SLA_BREACH), Metrics.KIND, range.fromDay(), range.toDay())
                .map(rows -> SlaView.of(range, period, rows));
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

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

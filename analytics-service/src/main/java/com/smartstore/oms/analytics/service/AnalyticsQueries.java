package com.smartstore.oms.analytics.service;

import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.domain.Period;
import com.smartstore.oms.analytics.domain.Tally;
import com.smartstore.oms.analytics.repository.FigureRepository;
import com.smartstore.oms.analytics.repository.FigureRepository.Row;
import com.smartstore.oms.analytics.repository.SubjectRepository;
import com.smartstore.oms.analytics.rest.CustomersView;
import com.smartstore.oms.analytics.rest.ExceptionsView;
import com.smartstore.oms.analytics.rest.SlaView;
import com.smartstore.oms.analytics.rest.StaffKpiView;
import com.smartstore.oms.analytics.rest.StagesView;
import com.smartstore.oms.analytics.rest.TimeRange;
import com.smartstore.oms.analytics.rest.TimeToShipView;
import com.smartstore.oms.analytics.rest.VolumeView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every report figure, from the daily figures of a range (never from orders): what the endpoints answer and what a
 * stored report is made of.
 */
@ApplicationScoped
public class AnalyticsQueries {
    private final FigureRepository figures;
    private final SubjectRepository subjects;

    public AnalyticsQueries(FigureRepository figures, SubjectRepository subjects) {
        this.figures = figures;
        this.subjects = subjects;
    }

    public Uni<TimeToShipView> timeToShip(TimeRange range) {
        return figures.rows(List.of(Metrics.SHIPPED), Metrics.ALL, range.fromDay(), range.toDay())
                .chain(shipped -> figures.durationRows(
                                TimeToShipView.DURATIONS, Metrics.ALL, range.fromDay(), range.toDay())
                        .map(durations -> TimeToShipView.of(range, AnalyticsQueries.concat(shipped, durations))));
    }

    public Uni<VolumeView> volume(TimeRange range, Period period) {
        return figures.rows(
                        List.of(Metrics.RECEIVED),
                        Metrics.CHANNEL,
                        VolumeView.lookback(range.fromDay(), range.toDay()),
                        range.toDay())
                .map(rows -> VolumeView.of(range, period, rows));
    }

    public Uni<CustomersView> customers(TimeRange range) {
        return figures.customerFrequency(range.fromDay(), range.toDay())
                .chain(frequency -> figures.rows(List.of(Metrics.RECEIVED), Metrics.ALL, range.fromDay(), range.toDay())
                        .chain(received -> figures.totalsByDim(
                                        Metrics.SKU_UNITS, Metrics.SKU, range.fromDay(), range.toDay())
                                .chain(skus -> subjects.categories(
                                                skus.stream().map(Row::dim).toList())
                                        .map(categories ->
                                                customersView(range, frequency, received, skus, categories)))));
    }

    public Uni<StagesView> stages(TimeRange range) {
        return figures.durationRows(Metrics.STAGES, Metrics.ALL, range.fromDay(), range.toDay())
                .chain(overall -> figures.durationRows(Metrics.STAGES, Metrics.CHANNEL, range.fromDay(), range.toDay())
                        .chain(channels -> figures.durationRows(
                                        Metrics.STAGES, Metrics.WAREHOUSE, range.fromDay(), range.toDay())
                                .map(warehouses -> StagesView.of(range, overall, channels, warehouses))));
    }

    public Uni<ExceptionsView> exceptions(TimeRange range, Period period) {
        return figures.rows(ExceptionsView.METRICS, Metrics.ALL, range.fromDay(), range.toDay())
                .chain(overall -> figures.rows(ExceptionsView.METRICS, Metrics.TYPE, range.fromDay(), range.toDay())
                        .map(byType -> ExceptionsView.of(range, period, overall, byType)));
    }

    public Uni<SlaView> sla(TimeRange range, Period period) {
        return figures.rows(List.of(Metrics.SLA_BREACH), Metrics.KIND, range.fromDay(), range.toDay())
                .map(rows -> SlaView.of(range, period, rows));
    }

    /** Every actor's KPIs over the range, by name. */
    public Uni<List<StaffKpiView>> staff(TimeRange range) {
        return figures.rows(StaffKpis.METRICS, Metrics.USER, range.fromDay(), range.toDay())
                .map(StaffKpis::of);
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

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

package com.smartstore.oms.analytics.service;

import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.domain.Period;
import com.smartstore.oms.analytics.domain.Tally;
import com.smartstore.oms.analytics.repository.FigureRepository;
import com.smartstore.oms.analytics.repository.FigureRepository.Row;
import com.smartstore.oms.analytics.repository.SubjectRepository;
import com.smartstore.oms.analytics.rest.CustomersView;
import com.smartstore.oms.analytics.rest.ExceptionsView;
import com.smartstore.oms.analytics.rest.ReturnsView;
import com.smartstore.oms.analytics.rest.SlaView;
import com.smartstore.oms.analytics.rest.StaffKpiView;
import com.smartstore.oms.analytics.rest.StagesView;
import com.smartstore.oms.analytics.rest.TimeRange;
import com.smartstore.oms.analytics.rest.TimeToShipView;
import com.smartstore.oms.analytics.rest.VolumeView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
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
        return frequency(range.fromDay(), range.toDay())
                .chain(frequency -> figures.rows(List.of(Metrics.RECEIVED), Metrics.ALL, range.fromDay(), range.toDay())
                        .chain(received -> figures.totalsByDimRolledUp(
                                        Metrics.SKU_UNITS, Metrics.SKU, range.fromDay(), range.toDay())
                                .chain(skus -> subjects.categories(
                                                skus.stream().map(Row::dim).toList())
                                        .map(categories ->
                                                customersView(range, frequency, received, skus, categories)))));
    }

    /**
     * The purchase-frequency distribution of {@code [from, to)}: kept per calendar month and year, so such a range is
     * one small read; any other range adds up the customers' roll-up and day rows.
     */
    Uni<List<long[]>> frequency(LocalDate from, LocalDate to) {
        if (from.getDayOfYear() == 1 && to.equals(from.plusYears(1))) {
            return figures.periodFrequency("year", from);
        }
        if (from.getDayOfMonth() == 1 && to.equals(from.plusMonths(1))) {
            return figures.periodFrequency("month", from);
        }
        return figures.customerFrequency(from, to);
    }

    public Uni<StagesView> stages(TimeRange range) {
        return figures.durationRows(Metrics.STAGES, Metrics.ALL, range.fromDay(), range.toDay())
                .chain(overall -> figures.durationRows(Metrics.STAGES, Metrics.CHANNEL, range.fromDay(), range.toDay())
                        .chain(channels -> figures.durationRows(
                                        Metrics.STAGES, Metrics.WAREHOUSE, range.fromDay(), range.toDay())
                                .map(warehouses -> StagesView.of(range, overall, channels, warehouses))));
    }

    /** Returns and exchanges (R-A5): rates per period and product, reasons, outcomes, dispositions, defect causes. */
    public Uni<ReturnsView> returns(TimeRange range, Period period) {
        LocalDate from = range.fromDay();
        LocalDate to = range.toDay();
        Map<String, List<Row>> bySku = new TreeMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String metric :
                List.of(Metrics.SHIPPED_UNITS, Metrics.RETURN_UNITS, Metrics.EXCHANGE_UNITS, Metrics.QC_DEFECT)) {
            chain = chain.chain(() -> figures.totalsByDimRolledUp(metric, Metrics.SKU, from, to)
                    .invoke(rows -> bySku.put(metric, rows))
                    .replaceWithVoid());
        }
        Uni<Void> skus = chain;
        return figures.rows(ReturnsView.OVERALL, Metrics.ALL, from, to)
                .chain(overall -> figures.rows(List.of(Metrics.RETURN_REQUESTED), Metrics.REASON, from, to)
                        .chain(reasons -> figures.rows(
                                        List.of(Metrics.RETURN_REQUESTED, Metrics.RETURN_RESOLVED),
                                        Metrics.OUTCOME,
                                        from,
                                        to)
                                .chain(outcomes -> figures.rows(
                                                List.of(Metrics.RETURN_RECEIVED), Metrics.DISPOSITION, from, to)
                                        .chain(dispositions -> figures.rows(
                                                        List.of(Metrics.QC_DEFECT), Metrics.CAUSE, from, to)
                                                .chain(causes -> skus.map(done -> ReturnsView.of(
                                                        range,
                                                        period,
                                                        overall,
                                                        reasons,
                                                        outcomes,
                                                        dispositions,
                                                        causes,
                                                        bySku)))))));
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

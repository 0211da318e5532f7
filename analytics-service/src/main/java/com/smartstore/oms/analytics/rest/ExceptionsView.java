package com.smartstore.oms.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.domain.Period;
import com.smartstore.oms.analytics.repository.FigureRepository.Row;
import com.smartstore.oms.analytics.service.FigureQueries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exceptions (R-E) in the range: how many were first seen per type, how long the ones resolved in the range took from
 * their first event to their first resolution, the customers' average satisfaction of the cases closed, and the
 * counts per period.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExceptionsView(
        Instant from,
        Instant to,
        String groupBy,
        ByType overall,
        Map<String, ByType> byType,
        Map<LocalDate, Long> periods) {

    public static final List<String> METRICS =
            List.of(Metrics.EXCEPTION, Metrics.EXCEPTION_RESOLUTION, Metrics.CASE_SATISFACTION);

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ByType(long count, TimeToShipView.Figures resolution, Double satisfactionAverage) {
        static ByType of(List<Row> rows) {
            Double satisfaction =
                    FigureQueries.total(rows, Metrics.CASE_SATISFACTION).mean();
            return new ByType(
                    FigureQueries.total(rows, Metrics.EXCEPTION).count(),
                    TimeToShipView.Figures.of(FigureQueries.total(rows, Metrics.EXCEPTION_RESOLUTION)
                            .durations()),
                    satisfaction == null ? null : Math.round(satisfaction * 100) / 100.0);
        }
    }

    public static ExceptionsView of(TimeRange range, Period period, List<Row> overall, List<Row> byType) {
        Map<String, ByType> types = new TreeMap<>();
        Map<String, List<Row>> grouped = new TreeMap<>();
        byType.forEach(r -> grouped.computeIfAbsent(r.dim(), t -> new java.util.ArrayList<>())
                .add(r));
        grouped.forEach((type, rows) -> types.put(type, ByType.of(rows)));
        Map<LocalDate, Long> periods = new TreeMap<>();
        overall.stream()
                .filter(r -> r.metric().equals(Metrics.EXCEPTION))
                .forEach(r -> periods.merge(period.start(r.day()), r.count(), Long::sum));
        return new ExceptionsView(
                range.from(),
                range.to(),
                period.name().toLowerCase(java.util.Locale.ROOT),
                ByType.of(overall),
                types,
                periods);
    }
}

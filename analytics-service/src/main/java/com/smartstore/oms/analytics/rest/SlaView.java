package com.smartstore.oms.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.smartstore.oms.analytics.domain.Period;
import com.smartstore.oms.analytics.repository.FigureRepository.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** SLA breaches detected in the range (one per kind and subject): per step (kind) and per period. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SlaView(
        Instant from,
        Instant to,
        String groupBy,
        long breaches,
        Map<String, Long> byKind,
        List<PeriodBreaches> periods) {

    public record PeriodBreaches(LocalDate period, long breaches, Map<String, Long> byKind) {}

    /** From the per-kind daily rows of {@code sla-breach}. */
    public static SlaView of(TimeRange range, Period period, List<Row> rows) {
        Map<String, Long> byKind = new TreeMap<>();
        Map<LocalDate, Map<String, Long>> byPeriod = new TreeMap<>();
        long total = 0;
        for (Row r : rows) {
            total += r.count();
            byKind.merge(r.dim(), r.count(), Long::sum);
            byPeriod.computeIfAbsent(period.start(r.day()), p -> new TreeMap<>())
                    .merge(r.dim(), r.count(), Long::sum);
        }
        List<PeriodBreaches> periods = byPeriod.entrySet().stream()
                .map(e -> new PeriodBreaches(
                        e.getKey(),
                        e.getValue().values().stream()
                                .mapToLong(Long::longValue)
                                .sum(),
                        e.getValue()))
                .toList();
        return new SlaView(range.from(), range.to(), period.name().toLowerCase(Locale.ROOT), total, byKind, periods);
    }
}

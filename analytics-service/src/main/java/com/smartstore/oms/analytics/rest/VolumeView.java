package com.smartstore.oms.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.smartstore.oms.analytics.domain.Period;
import com.smartstore.oms.analytics.repository.FigureRepository.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Orders received per period and channel (R-A2), with the trend: each period's change against the period before it,
 * and the 7-day moving average of daily orders ending with the period's last day; the range's total against the
 * range of the same length just before it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VolumeView(
        Instant from,
        Instant to,
        String groupBy,
        long orders,
        Map<String, Long> byChannel,
        long previousRangeOrders,
        Double changePercent,
        List<PeriodVolume> periods) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PeriodVolume(
            LocalDate period,
            long orders,
            Map<String, Long> byChannel,
            long previousPeriodOrders,
            long change,
            Double changePercent,
            double movingAverage7d) {}

    /** How many days before the range the rows must start: the previous range, or the previous month, plus 7. */
    public static LocalDate lookback(LocalDate fromDay, LocalDate toDay) {
        long days = ChronoUnit.DAYS.between(fromDay, toDay);
        return TimeRange.storable(fromDay.minusDays(Math.max(days, 31) + 7));
    }

    /** From the per-channel daily rows of {@code received} from {@link #lookback} to the range's end. */
    public static VolumeView of(TimeRange range, Period period, List<Row> rows) {
        LocalDate from = range.fromDay();
        LocalDate to = range.toDay();
        Map<LocalDate, Long> daily = new HashMap<>();
        Map<LocalDate, Map<String, Long>> dailyByChannel = new HashMap<>();
        for (Row r : rows) {
            daily.merge(r.day(), r.count(), Long::sum);
            dailyByChannel.computeIfAbsent(r.day(), d -> new TreeMap<>()).merge(r.dim(), r.count(), Long::sum);
        }
        List<PeriodVolume> periods = new ArrayList<>();
        for (LocalDate start = period.start(from); start.isBefore(to); start = period.next(start)) {
            LocalDate first = start.isBefore(from) ? from : start;
            LocalDate end = period.next(start).isAfter(to) ? to : period.next(start);
            LocalDate previousStart = period.start(start.minusDays(1));
            long orders = sum(daily, first, end);
            long previous = sum(daily, previousStart, start);
            Map<String, Long> byChannel = new TreeMap<>();
            for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1)) {
                dailyByChannel.getOrDefault(d, Map.of()).forEach((c, n) -> byChannel.merge(c, n, Long::sum));
            }
            double average = sum(daily, end.minusDays(7), end) / 7.0;
            periods.add(new PeriodVolume(
                    first,
                    orders,
                    byChannel,
                    previous,
                    orders - previous,
                    percent(orders, previous),
                    Math.round(average * 100) / 100.0));
        }
        long total = sum(daily, from, to);
        long before = sum(daily, from.minusDays(ChronoUnit.DAYS.between(from, to)), from);
        Map<String, Long> byChannel = new TreeMap<>();
        periods.forEach(p -> p.byChannel().forEach((c, n) -> byChannel.merge(c, n, Long::sum)));
        return new VolumeView(
                range.from(),
                range.to(),
                period.name().toLowerCase(java.util.Locale.ROOT),
                total,
                byChannel,
                before,
                percent(total, before),
                periods);
    }

    private static long sum(Map<LocalDate, Long> daily, LocalDate from, LocalDate to) {
        long sum = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            sum += daily.getOrDefault(d, 0L);
        }
        return sum;
    }

    /** The change from {@code before} to {@code now} in percent, one decimal; null when there was nothing before. */
    static Double percent(long now, long before) {
        return before == 0 ? null : Math.round((now - before) * 1000.0 / before) / 10.0;
    }
}

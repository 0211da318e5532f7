package com.smartstore.oms.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.domain.Period;
import com.smartstore.oms.analytics.repository.FigureRepository.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Returns and exchanges in the range (R-A5). Rates are flows over the same window: the units whose return was asked
 * for (exchanged) in the range, or period, over the units shipped in it (an order's units count as shipped on its
 * last shipment's day); null when nothing was shipped. Per product (SKU) the same rates and the QC-sampled units;
 * return reasons (tickets and units), the outcomes asked for and reached, the dispositions of the goods received
 * back, refunds, and the QC defect causes (samples and units).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReturnsView(
        Instant from,
        Instant to,
        String groupBy,
        long unitsShipped,
        long returns,
        long unitsReturned,
        Double returnRate,
        long exchanges,
        long unitsExchanged,
        Double exchangeRate,
        Map<String, Count> reasons,
        Map<String, Count> requestedOutcomes,
        Map<String, Long> receivedUnitsByDisposition,
        Map<String, Count> resolutions,
        long refunds,
        double refundedAmount,
        Map<String, Count> defectCauses,
        List<PeriodReturns> periods,
        List<ProductReturns> products) {

    /** Metrics read per day overall (their periods and totals). */
    public static final List<String> OVERALL = List.of(
            Metrics.SHIPPED_UNITS,
            Metrics.RETURN_REQUESTED,
            Metrics.EXCHANGE,
            Metrics.RETURN_RECEIVED,
            Metrics.RETURN_RESOLVED,
            Metrics.REFUND,
            Metrics.QC_DEFECT);

    /** How many (tickets, samples, closures) and their units (or, for resolutions, the amount paid back). */
    public record Count(long count, double total) {}

    public record PeriodReturns(
            LocalDate period,
            long unitsShipped,
            long returns,
            long unitsReturned,
            Double returnRate,
            long unitsExchanged,
            Double exchangeRate) {}

    public record ProductReturns(
            String sku,
            long unitsShipped,
            long unitsReturned,
            Double returnRate,
            long unitsExchanged,
            Double exchangeRate,
            long defectUnits) {}

    /**
     * From the overall day rows, the per-dimension rows of the range (reason, outcome, disposition, cause: one list,
     * told apart by metric and dimension through {@code byDim}) and the per-SKU totals of the range.
     */
    public static ReturnsView of(
            TimeRange range,
            Period period,
            List<Row> overall,
            List<Row> reasons,
            List<Row> outcomes,
            List<Row> dispositions,
            List<Row> causes,
            Map<String, List<Row>> bySku) {
        Map<LocalDate, long[]> periods = new TreeMap<>();
        long[] all = new long[7];
        long refundCents = 0;
        for (Row r : overall) {
            long[] p = periods.computeIfAbsent(period.start(r.day()), d -> new long[4]);
            switch (r.metric()) {
                case Metrics.SHIPPED_UNITS -> {
                    all[0] += r.total();
                    p[0] += r.total();
                }
                case Metrics.RETURN_REQUESTED -> {
                    all[1] += r.count();
                    all[2] += r.total();
                    p[1] += r.count();
                    p[2] += r.total();
                }
                case Metrics.EXCHANGE -> {
                    all[3] += r.count();
                    all[4] += r.total();
                    p[3] += r.total();
                }
                case Metrics.REFUND -> {
                    all[5] += r.count();
                    refundCents += r.total();
                }
                default -> {}
            }
        }
        List<PeriodReturns> byPeriod = new ArrayList<>();
        periods.forEach((start, p) -> {
            if (p[0] != 0 || p[1] != 0 || p[3] != 0) {
                byPeriod.add(new PeriodReturns(start, p[0], p[1], p[2], rate(p[2], p[0]), p[3], rate(p[3], p[0])));
            }
        });
        List<ProductReturns> products = new ArrayList<>();
        Map<String, long[]> skus = new TreeMap<>();
        bySku.forEach((metric, rows) -> rows.forEach(r -> {
            long[] s = skus.computeIfAbsent(r.dim(), d -> new long[4]);
            switch (metric) {
                case Metrics.SHIPPED_UNITS -> s[0] += r.total();
                case Metrics.RETURN_UNITS -> s[1] += r.total();
                case Metrics.EXCHANGE_UNITS -> s[2] += r.total();
                case Metrics.QC_DEFECT -> s[3] += r.total();
                default -> {}
            }
        }));
        skus.forEach((sku, s) ->
                products.add(new ProductReturns(sku, s[0], s[1], rate(s[1], s[0]), s[2], rate(s[2], s[0]), s[3])));
        products.sort(Comparator.comparingLong(ProductReturns::unitsReturned)
                .reversed()
                .thenComparing(ProductReturns::sku));
        return new ReturnsView(
                range.from(),
                range.to(),
                period.name().toLowerCase(Locale.ROOT),
                all[0],
                all[1],
                all[2],
                rate(all[2], all[0]),
                all[3],
                all[4],
                rate(all[4], all[0]),
                counts(reasons, Metrics.RETURN_REQUESTED, 1),
                counts(outcomes, Metrics.RETURN_REQUESTED, 1),
                units(dispositions),
                counts(outcomes, Metrics.RETURN_RESOLVED, 100),
                all[5],
                refundCents / 100.0,
                counts(causes, Metrics.QC_DEFECT, 1),
                byPeriod,
                products);
    }

    /** The share {@code part / whole}, rounded to 4 decimals; null when nothing was shipped. */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    private static Map<String, Count> counts(List<Row> rows, String metric, int divisor) {
        Map<String, long[]> sums = new TreeMap<>();
        rows.stream().filter(r -> r.metric().equals(metric)).forEach(r -> {
            long[] s = sums.computeIfAbsent(r.dim(), d -> new long[2]);
            s[0] += r.count();
            s[1] += r.total();
        });
        Map<String, Count> counts = new TreeMap<>();
        sums.forEach((dim, s) -> {
            if (s[0] != 0) {
                counts.put(dim, new Count(s[0], divisor == 1 ? s[1] : s[1] / (double) divisor));
            }
        });
        return counts;
    }

    private static Map<String, Long> units(List<Row> rows) {
        Map<String, Long> units = new TreeMap<>();
        rows.forEach(r -> units.merge(r.dim(), r.total(), Long::sum));
        units.values().removeIf(n -> n == 0);
        return units;
    }
}

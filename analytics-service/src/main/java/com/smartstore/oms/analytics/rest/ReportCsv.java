package com.smartstore.oms.analytics.rest;

import java.util.Map;

/**
 * A report as CSV (RFC 4180): one row per figure, {@code section,key,figure,value}, so a spreadsheet can pivot it.
 * Durations are seconds.
 */
public final class ReportCsv {

    public static String of(ReportContent r) {
        StringBuilder csv = new StringBuilder("section,key,figure,value\r\n");
        row(csv, "report", r.kind(), "from", r.from());
        row(csv, "report", r.kind(), "to", r.to());
        row(csv, "report", r.kind(), "generatedAt", r.generatedAt());
        row(csv, "volume", "all", "orders", r.volume().orders());
        r.volume().byChannel().forEach((c, n) -> row(csv, "volume", "channel " + c, "orders", n));
        for (VolumeView.PeriodVolume p : r.volume().periods()) {
            row(csv, "volume", p.period(), "orders", p.orders());
            row(csv, "volume", p.period(), "change", p.change());
            row(csv, "volume", p.period(), "movingAverage7d", p.movingAverage7d());
        }
        row(csv, "time-to-ship", "all", "shippedOrders", r.timeToShip().shippedOrders());
        figures(csv, "time-to-ship", "received-to-shipped", r.timeToShip().receivedToShipped());
        r.stages().overall().stages().forEach((stage, f) -> figures(csv, "stages", stage, f));
        row(csv, "stages", "all", "bottleneck", r.stages().overall().bottleneck());
        r.stages()
                .byChannel()
                .forEach((c, set) -> set.stages().forEach((stage, f) -> figures(csv, "stages channel " + c, stage, f)));
        r.stages()
                .byWarehouse()
                .forEach((w, set) ->
                        set.stages().forEach((stage, f) -> figures(csv, "stages warehouse " + w, stage, f)));
        row(csv, "exceptions", "all", "count", r.exceptions().overall().count());
        figures(csv, "exceptions", "resolution", r.exceptions().overall().resolution());
        row(
                csv,
                "exceptions",
                "all",
                "satisfactionAverage",
                r.exceptions().overall().satisfactionAverage());
        r.exceptions().byType().forEach((t, e) -> {
            row(csv, "exceptions", t, "count", e.count());
            figures(csv, "exceptions " + t, "resolution", e.resolution());
        });
        row(csv, "sla", "all", "breaches", r.sla().breaches());
        r.sla().byKind().forEach((k, n) -> row(csv, "sla", k, "breaches", n));
        for (StaffKpiView k : r.staff()) {
            row(csv, "staff", k.user(), "steps", k.stepsTotal());
            row(csv, "staff", k.user(), "slaBreaches", k.slaBreaches());
            row(csv, "staff", k.user(), "timeliness", k.timeliness());
            row(csv, "staff", k.user(), "caseSatisfactionAverage", k.caseSatisfactionAverage());
            row(csv, "staff", k.user(), "ordersEntered", k.ordersEntered());
            row(csv, "staff", k.user(), "entryAccuracy", k.entryAccuracy());
        }
        if (r.returns() != null) {
            returns(csv, r.returns());
        }
        return csv.toString();
    }

    private static void returns(StringBuilder csv, ReturnsView r) {
        row(csv, "returns", "all", "unitsShipped", r.unitsShipped());
        row(csv, "returns", "all", "returns", r.returns());
        row(csv, "returns", "all", "unitsReturned", r.unitsReturned());
        row(csv, "returns", "all", "returnRate", r.returnRate());
        row(csv, "returns", "all", "exchanges", r.exchanges());
        row(csv, "returns", "all", "unitsExchanged", r.unitsExchanged());
        row(csv, "returns", "all", "exchangeRate", r.exchangeRate());
        row(csv, "returns", "all", "refunds", r.refunds());
        row(csv, "returns", "all", "refundedAmount", r.refundedAmount());
        r.reasons().forEach((reason, c) -> {
            row(csv, "returns reason", reason, "returns", c.count());
            row(csv, "returns reason", reason, "units", (long) c.total());
        });
        r.resolutions().forEach((outcome, c) -> row(csv, "returns outcome", outcome, "returns", c.count()));
        r.receivedUnitsByDisposition().forEach((d, n) -> row(csv, "returns disposition", d, "units", n));
        r.defectCauses().forEach((cause, c) -> {
            row(csv, "returns defect cause", cause, "samples", c.count());
            row(csv, "returns defect cause", cause, "units", (long) c.total());
        });
        for (ReturnsView.PeriodReturns p : r.periods()) {
            row(csv, "returns", p.period(), "unitsReturned", p.unitsReturned());
            row(csv, "returns", p.period(), "returnRate", p.returnRate());
            row(csv, "returns", p.period(), "exchangeRate", p.exchangeRate());
        }
        for (ReturnsView.ProductReturns p : r.products()) {
            row(csv, "returns product", p.sku(), "unitsShipped", p.unitsShipped());
            row(csv, "returns product", p.sku(), "unitsReturned", p.unitsReturned());
            row(csv, "returns product", p.sku(), "returnRate", p.returnRate());
            row(csv, "returns product", p.sku(), "exchangeRate", p.exchangeRate());
            row(csv, "returns product", p.sku(), "defectUnits", p.defectUnits());
        }
    }

    private static void figures(StringBuilder csv, String section, String key, TimeToShipView.Figures f) {
        for (Map.Entry<String, Object> e : Map.<String, Object>of(
                        "count", f.count(),
                        "meanSeconds", String.valueOf(f.meanSeconds()),
                        "p50Seconds", String.valueOf(f.p50Seconds()),
                        "p90Seconds", String.valueOf(f.p90Seconds()),
                        "p99Seconds", String.valueOf(f.p99Seconds()),
                        "maxSeconds", String.valueOf(f.maxSeconds()))
                .entrySet()
                .stream()
                .sorted(Map.Entry.comparingByKey())
                .toList()) {
            row(csv, section, key, e.getKey(), "null".equals(e.getValue()) ? null : e.getValue());
        }
    }

    private static void row(StringBuilder csv, String section, Object key, String figure, Object value) {
        csv.append(cell(section))
                .append(',')
                .append(cell(String.valueOf(key)))
                .append(',')
                .append(cell(figure))
                .append(',')
                .append(value == null ? "" : cell(String.valueOf(value)))
                .append("\r\n");
    }

    /** Quotes a cell that needs it; a cell starting like a formula is prefixed with ' (no spreadsheet injection). */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private ReportCsv() {}
}

package com.smartstore.oms.analytics.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report as one self-contained HTML page (R-A6): inline styles, server-side SVG charts (the volume trend, and the
 * p50/p90/p99 bars of each stage), tables; no script, no external resource, every text escaped.
 */
public final class ReportHtml {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 200;

    public static String of(ReportContent r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title(r)))
                .append("</title><style>body{font-family:sans-serif;margin:2em;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
                        + "text-align:right}th:first-child,td:first-child{text-align:left}h2{margin-top:1.5em}"
                        + "</style></head><body>");
        h.append("<h1>").append(esc(title(r))).append("</h1>");
        h.append("<p>Made ")
                .append(esc(String.valueOf(r.generatedAt())))
                .append(" by ")
                .append(esc(r.generatedBy()));
        h.append(". Days are UTC; durations in seconds.</p>");

        h.append("<h2>Volume</h2><p>").append(r.volume().orders()).append(" orders");
        if (r.volume().changePercent() != null) {
            h.append(" (").append(r.volume().changePercent()).append(" % against the period before)");
        }
        h.append(".</p>");
        h.append(volumeChart(r.volume().periods()));
        h.append("<table><tr><th>period</th><th>orders</th><th>change</th><th>7-day average</th></tr>");
        for (VolumeView.PeriodVolume p : r.volume().periods()) {
            h.append("<tr><td>")
                    .append(p.period())
                    .append("</td><td>")
                    .append(p.orders())
                    .append("</td><td>");
            h.append(p.change()).append("</td><td>").append(p.movingAverage7d()).append("</td></tr>");
        }
        h.append("</table>");

        h.append("<h2>Processing time</h2><p>")
                .append(r.timeToShip().shippedOrders())
                .append(" orders shipped; received to last shipment: mean ")
                .append(r.timeToShip().receivedToShipped().meanSeconds())
                .append(", p90 ")
                .append(r.timeToShip().receivedToShipped().p90Seconds())
                .append(". Bottleneck: <strong>")
                .append(esc(String.valueOf(r.stages().overall().bottleneck())))
                .append("</strong>.</p>");
        h.append(stageChart(r.stages().overall().stages()));
        h.append(figuresTable(r.stages().overall().stages()));

        h.append("<h2>Exceptions</h2><table><tr><th>type</th><th>count</th><th>resolved</th><th>mean resolution</th>"
                + "<th>satisfaction</th></tr>");
        exceptionRow(h, "all", r.exceptions().overall());
        r.exceptions().byType().forEach((t, e) -> exceptionRow(h, t, e));
        h.append("</table>");

        h.append("<h2>SLA breaches</h2><table><tr><th>step</th><th>breaches</th></tr>");
        r.sla()
                .byKind()
                .forEach((k, n) -> h.append("<tr><td>")
                        .append(esc(k))
                        .append("</td><td>")
                        .append(n)
                        .append("</td></tr>"));
        h.append("<tr><td>all</td><td>").append(r.sla().breaches()).append("</td></tr></table>");

        h.append("<h2>Staff</h2><table><tr><th>user</th><th>steps</th><th>SLA breaches</th><th>timeliness</th>"
                + "<th>case satisfaction</th><th>orders entered</th><th>entry accuracy</th></tr>");
        for (StaffKpiView k : r.staff()) {
            h.append("<tr><td>").append(esc(k.user())).append("</td><td>").append(k.stepsTotal());
            h.append("</td><td>").append(k.slaBreaches()).append("</td><td>").append(text(k.timeliness()));
            h.append("</td><td>").append(text(k.caseSatisfactionAverage()));
            h.append("</td><td>").append(k.ordersEntered()).append("</td><td>").append(text(k.entryAccuracy()));
            h.append("</td></tr>");
        }
        h.append("</table>");
        if (r.returns() == null) {
            h.append("<p>Returns are not in this report (it was made before returns were reported).</p>");
        } else {
            returns(h, r.returns());
        }
        return h.append("</body></html>").toString();
    }

    private static void returns(StringBuilder h, ReturnsView r) {
        h.append("<h2>Returns</h2><p>")
                .append(r.unitsReturned())
                .append(" of ")
                .append(r.unitsShipped())
                .append(" units shipped asked back (return rate ")
                .append(text(r.returnRate()))
                .append("), ")
                .append(r.unitsExchanged())
                .append(" exchanged (exchange rate ")
                .append(text(r.exchangeRate()))
                .append("); ")
                .append(r.returns())
                .append(" returns, ")
                .append(r.refunds())
                .append(" refunds (")
                .append(text(r.refundedAmount()))
                .append(").</p>");
        h.append(reasonsChart(r.reasons()));
        h.append("<table><tr><th>reason</th><th>returns</th><th>units</th></tr>");
        r.reasons()
                .forEach((reason, c) -> h.append("<tr><td>")
                        .append(esc(reason))
                        .append("</td><td>")
                        .append(c.count())
                        .append("</td><td>")
                        .append((long) c.total())
                        .append("</td></tr>"));
        h.append("</table><table><tr><th>QC defect cause</th><th>samples</th><th>units</th></tr>");
        r.defectCauses()
                .forEach((cause, c) -> h.append("<tr><td>")
                        .append(esc(cause))
                        .append("</td><td>")
                        .append(c.count())
                        .append("</td><td>")
                        .append((long) c.total())
                        .append("</td></tr>"));
        h.append("</table><table><tr><th>product</th><th>shipped</th><th>returned</th><th>return rate</th>"
                + "<th>exchanged</th><th>QC defects</th></tr>");
        r.products().stream()
                .limit(20)
                .forEach(p -> h.append("<tr><td>")
                        .append(esc(p.sku()))
                        .append("</td><td>")
                        .append(p.unitsShipped())
                        .append("</td><td>")
                        .append(p.unitsReturned())
                        .append("</td><td>")
                        .append(text(p.returnRate()))
                        .append("</td><td>")
                        .append(p.unitsExchanged())
                        .append("</td><td>")
                        .append(p.defectUnits())
                        .append("</td></tr>"));
        h.append("</table>");
        if (r.products().size() > 20) {
            h.append("<p>The 20 products returned most; every product is in the CSV.</p>");
        }
    }

    /** Returns per reason as horizontal bars, the units asked back as the label. */
    static String reasonsChart(Map<String, ReturnsView.Count> reasons) {
        long max = Math.max(
                1,
                reasons.values().stream()
                        .mapToLong(ReturnsView.Count::count)
                        .max()
                        .orElse(1));
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(reasons.size() * 20 + 10)
                .append("\"><title>Returns per reason</title>");
        int row = 0;
        for (Map.Entry<String, ReturnsView.Count> e : reasons.entrySet()) {
            int y = 5 + row * 20;
            double w = (WIDTH - 260) * e.getValue().count() / (double) max;
            svg.append("<text x=\"0\" y=\"")
                    .append(y + 11)
                    .append("\" font-size=\"11\">")
                    .append(esc(e.getKey()))
                    .append("</text>");
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"reason\" x=\"170\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"#9467bd\"/>",
                    y,
                    w));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"9\">%d (%d units)</text>",
                    175 + w,
                    y + 11,
                    e.getValue().count(),
                    (long) e.getValue().total()));
            row++;
        }
        return svg.append("</svg>").toString();
    }

    private static String title(ReportContent r) {
        return r.kind().toLowerCase(Locale.ROOT).replace('_', '-') + " report " + r.from() + " to " + r.to();
    }

    /** Orders per period as a polyline with a point and label per period. */
    static String volumeChart(List<VolumeView.PeriodVolume> periods) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT + 30)
                .append("\"><title>Orders per period</title>");
        long max = Math.max(
                1,
                periods.stream()
                        .mapToLong(VolumeView.PeriodVolume::orders)
                        .max()
                        .orElse(1));
        int n = periods.size();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? WIDTH / 2.0 : 20 + i * (WIDTH - 40.0) / (n - 1);
            double y = 10 + (HEIGHT - 20) * (1 - periods.get(i).orders() / (double) max);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1f77b4\"/>", x, y));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" text-anchor=\"middle\">%s</text>",
                    x,
                    HEIGHT + 20,
                    periods.get(i).period().toString().substring(5)));
        }
        svg.append("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"")
                .append(points.toString().trim())
                .append("\"/>");
        svg.append("<text x=\"4\" y=\"12\" font-size=\"10\">").append(max).append("</text>");
        return svg.append("</svg>").toString();
    }

    /** p50, p90 and p99 of each stage as grouped horizontal bars. */
    static String stageChart(Map<String, TimeToShipView.Figures> stages) {
        double max = stages.values().stream()
                .map(TimeToShipView.Figures::p99Seconds)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
        max = Math.max(max, 1);
        int row = 0;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(stages.size() * 48 + 10)
                .append("\"><title>Stage percentiles (p50, p90, p99)</title>");
        String[] colours = {"#2ca02c", "#ff7f0e", "#d62728"};
        for (Map.Entry<String, TimeToShipView.Figures> e : stages.entrySet()) {
            int y = 5 + row * 48;
            svg.append("<text x=\"0\" y=\"")
                    .append(y + 12)
                    .append("\" font-size=\"11\">")
                    .append(esc(e.getKey()))
                    .append("</text>");
            Double[] values = {
                e.getValue().p50Seconds(),
                e.getValue().p90Seconds(),
                e.getValue().p99Seconds()
            };
            for (int i = 0; i < 3; i++) {
                double w = values[i] == null ? 0 : (WIDTH - 240) * values[i] / max;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"p%s\" x=\"170\" y=\"%d\" width=\"%.1f\" height=\"10\" fill=\"%s\"/>",
                        new String[] {"50", "90", "99"}[i],
                        y + i * 12,
                        w,
                        colours[i]));
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" font-size=\"9\">%s</text>",
                        175 + w,
                        y + i * 12 + 9,
                        values[i] == null ? "-" : text(values[i])));
            }
            row++;
        }
        return svg.append("</svg>").toString();
    }

    private static String figuresTable(Map<String, TimeToShipView.Figures> stages) {
        StringBuilder t = new StringBuilder("<table><tr><th>stage</th><th>count</th><th>mean</th><th>p50</th>"
                + "<th>p90</th><th>p99</th><th>max</th></tr>");
        stages.forEach((stage, f) -> t.append("<tr><td>")
                .append(esc(stage))
                .append("</td><td>")
                .append(f.count())
                .append("</td><td>")
                .append(text(f.meanSeconds()))
                .append("</td><td>")
                .append(text(f.p50Seconds()))
                .append("</td><td>")
                .append(text(f.p90Seconds()))
                .append("</td><td>")
                .append(text(f.p99Seconds()))
                .append("</td><td>")
                .append(text(f.maxSeconds()))
                .append("</td></tr>"));
        return t.append("</table>").toString();
    }

    private static void exceptionRow(StringBuilder h, String type, ExceptionsView.ByType e) {
        h.append("<tr><td>")
                .append(esc(type))
                .append("</td><td>")
                .append(e.count())
                .append("</td><td>");
        h.append(e.resolution().count())
                .append("</td><td>")
                .append(text(e.resolution().meanSeconds()));
        h.append("</td><td>").append(text(e.satisfactionAverage())).append("</td></tr>");
    }

    private static String text(Double value) {
        if (value == null) {
            return "-";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    static String esc(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }

    private ReportHtml() {}
}

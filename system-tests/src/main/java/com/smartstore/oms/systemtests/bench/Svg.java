package com.smartstore.oms.systemtests.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A plain SVG of stacked line charts sharing one time axis (seconds), no library needed. */
public final class Svg {
    private static final String[] COLOURS = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"
    };
    private static final int WIDTH = 960;
    private static final int PANEL = 240;
    private static final int LEFT = 70;
    private static final int RIGHT = 200;

    /** One chart: a title, a unit for the y axis, and named series (one value per second). */
    public record Panel(String title, String unit, Map<String, double[]> series) {
        public Panel(String title, String unit) {
            this(title, unit, new LinkedHashMap<>());
        }
    }

    public static String render(String heading, List<Panel> panels, double loadStart, double loadEnd) {
        StringBuilder svg = new StringBuilder();
        int height = 40 + panels.size() * (PANEL + 50);
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                        + " font-size=\"11\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                WIDTH,
                height));
        svg.append(String.format("<text x=\"10\" y=\"20\" font-size=\"14\">%s</text>%n", escape(heading)));
        int top = 40;
        for (Panel panel : panels) {
            draw(svg, panel, top, loadStart, loadEnd);
            top += PANEL + 50;
        }
        return svg.append("</svg>\n").toString();
    }

    private static void draw(StringBuilder svg, Panel panel, int top, double loadStart, double loadEnd) {
        int n = panel.series().values().stream().mapToInt(v -> v.length).max().orElse(1);
        double max = panel.series().values().stream()
                .flatMapToDouble(java.util.Arrays::stream)
                .max()
                .orElse(1);
        max = max <= 0 ? 1 : niceCeiling(max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        double dx = (double) plotWidth / Math.max(1, n - 1);
        svg.append(String.format(
                "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s (%s)</text>%n",
                LEFT, top + 12, escape(panel.title()), escape(panel.unit())));
        int y0 = top + 20;
        int y1 = top + 20 + PANEL - 30;
        // the measured window, shaded
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#f2f2f2\"/>%n",
                LEFT + loadStart * dx,
                y0,
                Math.max(0, (loadEnd - loadStart) * dx),
                y1 - y0));
        svg.append(String.format(
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#888\"/>%n",
                LEFT, y0, plotWidth, y1 - y0));
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            double y = y1 - (y1 - y0) * i / 4.0;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>"
                            + "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    LEFT - 4,
                    y + 4,
                    format(v),
                    LEFT,
                    LEFT + plotWidth,
                    y,
                    y));
        }
        int step = Math.max(1, (int) niceCeiling(n / 10.0));
        for (int s = 0; s < n; s += step) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%ds</text>%n",
                    LEFT + s * dx,
                    y1 + 14,
                    s));
        }
        int c = 0;
        for (var entry : panel.series().entrySet()) {
            String colour = COLOURS[c % COLOURS.length];
            StringBuilder points = new StringBuilder();
            double[] v = entry.getValue();
            for (int i = 0; i < v.length; i++) {
                points.append(String.format(
                        Locale.ROOT, "%.1f,%.1f ", LEFT + i * dx, y1 - (y1 - y0) * Math.min(v[i], max) / max));
            }
            svg.append(String.format(
                    "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n", colour, points));
            svg.append(String.format(
                    "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n",
                    LEFT + plotWidth + 8, y0 + 10 + 13 * c, colour, escape(entry.getKey())));
            c++;
        }
    }

    private static double niceCeiling(double v) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (v <= m * magnitude) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private Svg() {}
}

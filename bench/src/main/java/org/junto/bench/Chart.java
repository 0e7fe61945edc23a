package org.junto.bench;

import java.util.List;
import java.util.Locale;

/**
 * A self-contained HTML page: the figures as a table and, when there are load steps, an inline SVG chart of latency
 * percentiles per step on a logarithmic axis. No scripts and no external resources, so it opens from the file system.
 */
final class Chart {
    private static final int W = 760;
    private static final int H = 360;
    private static final int LEFT = 70;
    private static final int BOTTOM = 60;
    private static final String[] COLOURS = {"#2b6cb0", "#d69e2e", "#c53030"};

    private Chart() {}

    static String html(String scenario, List<Report.Figure> figures, List<Report.Row> steps, List<String> notes) {
        StringBuilder h = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(scenario))
                .append("</title><style>body{font-family:system-ui,sans-serif;max-width:820px;margin:2em auto}")
                .append("table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #ddd;")
                .append("text-align:right}td:first-child,th:first-child{text-align:left}.missed{color:#c53030}")
                .append(".met{color:#2f855a}</style></head><body><h1>")
                .append(esc(scenario))
                .append("</h1><table><tr><th>figure</th><th>value</th><th>unit</th><th>goal</th><th></th></tr>");
        for (Report.Figure f : figures) {
            String verdict = f.met() == null ? "" : f.met() ? "met" : "missed";
            h.append("<tr><td>")
                    .append(esc(f.name()))
                    .append("</td><td>")
                    .append(Report.format(f.value()))
                    .append("</td><td>")
                    .append(esc(f.unit()))
                    .append("</td><td>")
                    .append(f.goal() == null ? "" : esc(f.goal()))
                    .append("</td><td class=\"")
                    .append(verdict)
                    .append("\">")
                    .append(verdict)
                    .append("</td></tr>");
        }
        h.append("</table>");
        if (!steps.isEmpty()) {
            h.append(svg(steps));
        }
        for (String note : notes) {
            h.append("<p>").append(esc(note)).append("</p>");
        }
        return h.append("</body></html>\n").toString();
    }

    private static String svg(List<Report.Row> steps) {
        double max = steps.stream().mapToDouble(Report.Row::p99Ms).max().orElse(1);
        double top = Math.pow(10, Math.ceil(Math.log10(Math.max(1, max))));
        double bottom = 0.1;
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\""
                        + " aria-label=\"latency percentiles per step\" font-size=\"11\">",
                W,
                H));
        for (double tick = bottom; tick <= top * 1.001; tick *= 10) {
            double y = y(tick, bottom, top);
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>",
                    LEFT,
                    W - 10,
                    y,
                    y,
                    LEFT - 6,
                    y + 4,
                    Report.format(tick)));
        }
        String[] names = {"p50", "p95", "p99"};
        for (int series = 0; series < 3; series++) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < steps.size(); i++) {
                Report.Row r = steps.get(i);
                double v = series == 0 ? r.p50Ms() : series == 1 ? r.p95Ms() : r.p99Ms();
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, steps.size()), y(v, bottom, top)));
            }
            s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
                    .append(COLOURS[series])
                    .append("\" points=\"")
                    .append(points)
                    .append("\"/>");
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>",
                    W - 60,
                    20 + 14 * series,
                    COLOURS[series],
                    names[series]));
        }
        for (int i = 0; i < steps.size(); i++) {
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    x(i, steps.size()),
                    H - BOTTOM + 18,
                    esc(steps.get(i).label())));
        }
        return s.append("</svg>").toString();
    }

    private static double x(int i, int n) {
        return LEFT + 20 + (n == 1 ? 0 : (W - LEFT - 100) * (double) i / (n - 1));
    }

    private static double y(double ms, double bottom, double top) {
        double clamped = Math.max(bottom, Math.min(top, ms));
        double f = (Math.log10(clamped) - Math.log10(bottom)) / (Math.log10(top) - Math.log10(bottom));
        return (H - BOTTOM) - f * (H - BOTTOM - 10);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

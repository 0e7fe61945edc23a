package org.junto.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scenario's outcome: headline figures (each with its DESIGN §9 goal where there is one) and the load steps behind
 * them. Printed as a table and written as {@code <scenario>-<time>.json} and {@code .html} (inline SVG chart, no
 * scripts, no CDN) under the results directory.
 */
final class Report {
    private final String scenario;
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Row> steps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Report(String scenario) {
        this.scenario = scenario;
    }

    /** A headline number; {@code goal} is a human-readable target, {@code met} null when there is no goal. */
    record Figure(String name, double value, String unit, String goal, Boolean met) {}

    /** One load step: a label (rate, users …) and its latency percentiles in milliseconds. */
    record Row(
            String label,
            double target,
            double achieved,
            long sent,
            long errors,
            double meanMs,
            double p50Ms,
            double p95Ms,
            double p99Ms,
            double maxMs) {}

    Report setting(String name, Object value) {
        settings.put(name, value);
        return this;
    }

    void figure(String name, double value, String unit, String goal, Boolean met) {
        figures.add(new Figure(name, value, unit, goal, met));
    }

    void figure(String name, double value, String unit) {
        figure(name, value, unit, null, null);
    }

    void note(String note) {
        notes.add(note);
    }

    void step(String label, OpenLoad.Step s) {
        steps.add(new Row(
                label,
                s.targetRate(),
                s.achievedRate(),
                s.sent(),
                s.errors(),
                s.meanMs(),
                s.p(50),
                s.p(95),
                s.p(99),
                s.maxMs()));
    }

    void print(PrintStream out) {
        out.printf("%n== %s ==%n", scenario);
        if (!steps.isEmpty()) {
            out.printf(
                    "%-24s %9s %9s %8s %7s %9s %9s %9s %9s %9s%n",
                    "step", "target/s", "done/s", "sent", "errors", "mean ms", "p50 ms", "p95 ms", "p99 ms", "max ms");
            for (Row r : steps) {
                out.printf(
                        Locale.ROOT,
                        "%-24s %9.0f %9.1f %8d %7d %9.1f %9.1f %9.1f %9.1f %9.1f%n",
                        r.label(),
                        r.target(),
                        r.achieved(),
                        r.sent(),
                        r.errors(),
                        r.meanMs(),
                        r.p50Ms(),
                        r.p95Ms(),
                        r.p99Ms(),
                        r.maxMs());
            }
            out.println();
        }
        for (Figure f : figures) {
            String verdict = f.met() == null ? "" : f.met() ? "  MET" : "  MISSED";
            out.printf(
                    Locale.ROOT,
                    "%-48s %14s %-8s %-22s%s%n",
                    f.name(),
                    format(f.value()),
                    f.unit(),
                    f.goal() == null ? "" : "goal " + f.goal(),
                    verdict);
        }
        notes.forEach(n -> out.println("note: " + n));
    }

    /** Writes the JSON and the chart; returns the JSON file. */
    Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        String stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenario", scenario);
        json.put("time", Instant.now().toString());
        json.put("machine", Machine.describe());
        json.put("settings", settings);
        json.put("figures", figures);
        json.put("steps", steps);
        json.put("notes", notes);
        Path file = dir.resolve(scenario + "-" + stamp + ".json");
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), json);
        Files.writeString(dir.resolve(scenario + "-" + stamp + ".html"), Chart.html(scenario, figures, steps, notes));
        return file;
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12
                ? String.format(Locale.ROOT, "%,d", (long) v)
                : String.format(Locale.ROOT, "%,.2f", v);
    }
}

package org.dossier.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's results as a markdown table: one row per measurement, with its target and
 * whether the target was met, followed by free notes (what dominates, what was skipped).
 */
public final class BenchTable {

    /** One measurement. {@code target} and {@code verdict} may be empty. */
    public record Row(String step, String measurement, String value, String target, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public void add(String step, String measurement, String value) {
        add(step, measurement, value, "", "");
    }

    public void add(String step, String measurement, String value, String target, String verdict) {
        rows.add(new Row(step, measurement, value, target, verdict));
    }

    /** A measured value against an upper bound: "ok" when it is at most {@code max}. */
    public void atMost(String step, String measurement, double value, String unit, double max) {
        add(step, measurement, Samples.format(value) + " " + unit, "<= " + Samples.format(max) + " " + unit,
                value <= max ? "ok" : "MISSED");
    }

    /** A measured value against a lower bound: "ok" when it is at least {@code min}. */
    public void atLeast(String step, String measurement, double value, String unit, double min) {
        add(step, measurement, Samples.format(value) + " " + unit, ">= " + Samples.format(min) + " " + unit,
                value >= min ? "ok" : "MISSED");
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public String markdown(String title, List<String> context) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        context.forEach(c -> md.append(c).append("  \n"));
        if (!context.isEmpty()) {
            md.append('\n');
        }
        md.append("| step | measurement | value | target | |\n");
        md.append("|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(cell(r.step())).append(" | ").append(cell(r.measurement())).append(" | ")
                    .append(cell(r.value())).append(" | ").append(cell(r.target())).append(" | ")
                    .append(cell(r.verdict())).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}

package org.dossier.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Repeated timings of one thing, and their median and percentiles. */
public final class Samples {

    private final List<Double> values = new ArrayList<>();

    public void add(double value) {
        values.add(value);
    }

    public int size() {
        return values.size();
    }

    public double median() {
        return percentile(50);
    }

    /** The nearest-rank percentile; NaN when there are no samples. */
    public double percentile(double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /**
     * Runs {@code work} untimed {@code warmups} times and for at least {@code warmFor} (the JIT and
     * the rule engine's own compiler reach their steady state after a few seconds, not after a
     * few runs), then {@code runs} times timed (seconds).
     */
    public static Samples timeWarm(int warmups, java.time.Duration warmFor, int runs, Runnable work) {
        long until = System.nanoTime() + warmFor.toNanos();
        for (int i = 0; i < warmups || System.nanoTime() < until; i++) {
            work.run();
        }
        return time(0, runs, work);
    }

    /** Runs {@code work} {@code warmups} times untimed, then {@code runs} times timed (seconds). */
    public static Samples time(int warmups, int runs, Runnable work) {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        Samples s = new Samples();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            s.add((System.nanoTime() - start) / 1e9);
        }
        return s;
    }

    /** A number with about three significant digits: 0.0123, 1.23, 123, 12,345. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}

package org.dossier.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall-clock seconds spent in each stage of a run (ingest, annotate, extract, ...), in the
 * order the stages first ran. Cheap enough to keep on in every run; {@code dossier bench}
 * reads it to say where the time goes.
 */
public final class StageTimes {

    private final Map<String, Long> nanos = Collections.synchronizedMap(new LinkedHashMap<>());

    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    public void add(String stage, long elapsedNanos) {
        nanos.merge(stage, elapsedNanos, Long::sum);
    }

    /** Seconds per stage, in the order the stages first ran. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        synchronized (nanos) {
            nanos.forEach((k, v) -> out.put(k, v / 1e9));
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        seconds().forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(String.format(java.util.Locale.ROOT, "%.2f s", v)));
        return s.toString();
    }
}

package org.dossier.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * How one {@code generate} went, for {@code generate --timings}: seconds per stage, seconds
 * since the JVM started, and peak memory (resident set from {@code /proc/self/status} where
 * there is one, and the sum of the heap pools' peaks).
 *
 * @param stages       seconds per stage, in order
 * @param totalSeconds from the JVM's start to now
 * @param peakRssKiB   VmHWM, or -1 where /proc is not available
 * @param heapPeakMiB  sum of the heap memory pools' peak usage
 */
public record RunReport(Map<String, Double> stages, double totalSeconds, long peakRssKiB, long heapPeakMiB,
                        int articles, int annotated, int briefs, int rendered, boolean pipelineLoaded) {

    public static RunReport of(StageTimes times, int articles, int annotated, int briefs, int rendered,
                               boolean pipelineLoaded) {
        double total = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
        return new RunReport(times.seconds(), total, readPeakRssKiB(), heapPeakBytes() >> 20, articles, annotated,
                briefs, rendered, pipelineLoaded);
    }

    /** The process's peak resident set size (VmHWM) in KiB, or -1 when it cannot be read. */
    public static long readPeakRssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no resident set figure
        }
        return -1;
    }

    public static long heapPeakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    public String line() {
        StringBuilder s = new StringBuilder("timings:");
        stages.forEach((k, v) -> s.append(String.format(java.util.Locale.ROOT, " %s %.2f s;", k, v)));
        s.append(String.format(java.util.Locale.ROOT, " total %.2f s since JVM start; peak RSS %d MiB; heap peak %d MiB",
                totalSeconds, peakRssKiB < 0 ? -1 : peakRssKiB >> 10, heapPeakMiB));
        return s.toString();
    }
}

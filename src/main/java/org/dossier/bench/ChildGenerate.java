package org.dossier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.io.Json;
import org.dossier.pipeline.RunReport;

/**
 * Runs {@code dossier generate} as a process of its own ({@code java [options] -jar dossier.jar
 * generate --timings-file ...}) and reports its wall time, as the parent saw it, and the child's
 * own timings and peak memory. The JVM options are those this JVM was started with (the
 * {@code dossier} launcher's), unless given.
 */
public final class ChildGenerate {

    /** A finished run: wall seconds seen from outside, exit status, and what the child reported. */
    public record Run(double wallSeconds, int exitStatus, RunReport report, String output) {
    }

    private final Path jar;
    private final List<String> jvmOptions;

    public ChildGenerate(Path jar, List<String> jvmOptions) {
        this.jar = jar;
        this.jvmOptions = jvmOptions;
    }

    /** The jar this code runs from, or {@code target/dossier.jar} when it runs from classes. */
    public static Path currentJar() {
        try {
            Path p = Path.of(ChildGenerate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) {
                return p;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through
        }
        return Path.of("target", "dossier.jar");
    }

    /**
     * The options the launcher gives batch commands such as {@code generate} (passed to the bench
     * as {@code -Ddossier.batch.jvmOptions=a,b,c}), or else this JVM's heap, GC and sharing options.
     */
    public static List<String> currentJvmOptions() {
        String batch = System.getProperty("dossier.batch.jvmOptions");
        if (batch != null && !batch.isBlank()) {
            return List.of(batch.split(","));
        }
        List<String> options = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-X") || a.startsWith("-XX:")) {
                options.add(a);
            }
        }
        return options;
    }

    /**
     * {@code dossier rules preview --candidate CANDIDATE} as a process of its own, timed from
     * outside (it reports no stages); its output is the preview's report.
     */
    public Run preview(Path rules, Path candidate, Path output, List<Path> inputs, List<String> extraJvmOptions)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("dossier-child", ".log");
        try {
            List<String> cmd = command(extraJvmOptions, inputs, "rules", "preview", "--candidate", candidate.toString(),
                    "--rules", rules.toString(), "--output", output.toString());
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int status = p.waitFor();
            return new Run((System.nanoTime() - start) / 1e9, status, null, Files.readString(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    public Run generate(Path rules, Path output, List<Path> inputs, List<String> extraJvmOptions)
            throws IOException, InterruptedException {
        Path report = Files.createTempFile("dossier-timings", ".json");
        Path log = Files.createTempFile("dossier-child", ".log");
        try {
            List<String> cmd = command(extraJvmOptions, inputs, "generate", "--rules", rules.toString(),
                    "--output", output.toString());
            cmd.add("--timings-file");
            cmd.add(report.toString());
            Files.deleteIfExists(report);
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int status = p.waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            RunReport r = Files.isRegularFile(report) ? Json.read(report, RunReport.class) : null;
            return new Run(wall, status, r, Files.readString(log));
        } finally {
            Files.deleteIfExists(report);
            Files.deleteIfExists(log);
        }
    }

    /** This Java, the JVM options, the jar and the command's arguments, then an --input per folder. */
    private List<String> command(List<String> extraJvmOptions, List<Path> inputs, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(jvmOptions);
        cmd.addAll(extraJvmOptions);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        for (Path in : inputs) {
            cmd.add("--input");
            cmd.add(in.toString());
        }
        return cmd;
    }
}

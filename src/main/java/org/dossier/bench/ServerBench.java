package org.dossier.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dossier.facts.Fact;
import org.dossier.pipeline.FactsPipeline;
import org.dossier.server.DossierServer;
import org.dossier.server.ServerConfig;
import org.dossier.server.Snapshot;

/**
 * Step 5: latency of {@code GET /briefs/{id}.pdf} over real HTTP on loopback, with one client and
 * with eight concurrent clients (median and 95th percentile). Cached: nothing changed, the PDF is
 * served as it is. Re-rendered: before each round one of the brief's articles gets a new sidecar
 * (its outlet changes), so the server re-reads the facts from the annotation cache, derives the
 * briefs and renders that brief again before answering; eight clients of one round all wait for
 * that one render.
 */
public final class ServerBench {

    private static final int CLIENTS = 8;

    private ServerBench() {
    }

    /** Starts a server over copies of the inputs (the annotation cache of {@code output} is reused). */
    public static void measure(BenchTable table, List<Path> inputs, Path rules, Path output, int runs)
            throws Exception {
        Path work = Files.createTempDirectory("dossier-bench-server");
        Path input = Files.createDirectories(work.resolve("in"));
        for (Path dir : inputs) {
            copyFiles(dir, input);
        }
        Path out = work.resolve("out");
        if (Files.isDirectory(FactsPipeline.cacheDir(output))) {
            org.dossier.io.Folders.copy(FactsPipeline.cacheDir(output), FactsPipeline.cacheDir(out));
        }
        try (DossierServer server = DossierServer.start(
                new ServerConfig("127.0.0.1", 0, List.of(input), rules, out, null, false))) {
            Snapshot snapshot = server.service().refresh("bench").orElseThrow();
            String id = snapshot.briefs().get(0).person().id();
            String article = snapshot.facts().facts().stream().filter((Fact f) -> id.equals(f.person()))
                    .flatMap(f -> f.evidence().stream()).map(e -> e.article()).findFirst().orElseThrow();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest get = HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/briefs/" + id + ".pdf")).build();
            for (int i = 0; i < 10; i++) {
                timed(http, get);
            }
            Samples cachedOne = rounds(http, get, runs, 1, () -> { });
            Samples cachedEight = rounds(http, get, runs, CLIENTS, () -> { });
            int[] edit = {0};
            Runnable change = () -> writeSidecar(input.resolve(article + ".json"), "Bench Outlet " + (edit[0]++));
            Samples freshOne = rounds(http, get, Math.max(3, runs / 2), 1, change);
            Samples freshEight = rounds(http, get, Math.max(3, runs / 2), CLIENTS, change);
            addRows(table, "cached", cachedOne, cachedEight, 0.020);
            addRows(table, "re-rendered", freshOne, freshEight, 0.300);
        }
    }

    private static void addRows(BenchTable table, String what, Samples one, Samples eight, double target) {
        table.add("5 server", "GET /briefs/{id}.pdf " + what + ", 1 client, median / p95",
                ms(one.median()) + " / " + ms(one.percentile(95)), "median <= " + ms(target),
                one.median() <= target ? "ok" : "MISSED");
        table.add("5 server", "GET /briefs/{id}.pdf " + what + ", 8 clients, median / p95",
                ms(eight.median()) + " / " + ms(eight.percentile(95)), "", "");
    }

    /** {@code rounds} times: run {@code before}, then {@code clients} concurrent GETs, each timed. */
    private static Samples rounds(HttpClient http, HttpRequest get, int rounds, int clients, Runnable before)
            throws Exception {
        Samples samples = new Samples();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int r = 0; r < rounds; r++) {
                before.run();
                List<Future<Double>> done = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    done.add(pool.submit(() -> timed(http, get)));
                }
                for (Future<Double> f : done) {
                    samples.add(f.get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return samples;
    }

    private static double timed(HttpClient http, HttpRequest get) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + get.uri() + " answered " + response.statusCode());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void writeSidecar(Path file, String outlet) {
        try {
            Files.writeString(file, "{\"outlet\": \"" + outlet + "\"}");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String ms(double seconds) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", seconds * 1000);
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}

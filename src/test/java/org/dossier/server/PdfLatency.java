package org.dossier.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dossier.brief.Brief;
import org.dossier.facts.Fact;

/**
 * Measures {@code GET /briefs/{id}.pdf} over real HTTP: served as it is (nothing changed) and
 * re-rendered first (one of the brief's articles changed its outlet in a sidecar, so the facts
 * are re-read from the annotation cache, the briefs derived and this brief rendered again).
 *
 * <pre>
 * mvn -q -B test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.dossier.server.PdfLatency [INPUT] [OUTPUT] [N]
 * </pre>
 * INPUT defaults to seeds/ (copied, never changed); OUTPUT (default target/pdf-latency) keeps the
 * annotation cache between runs.
 */
public final class PdfLatency {

    private PdfLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "seeds");
        Path output = Path.of(args.length > 1 ? args[1] : "target/pdf-latency");
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path work = Files.createTempDirectory("pdf-latency");
        Path input = Files.createDirectories(work.resolve("in"));
        try (var files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
        Path rules = DossierServerTest.copyRules(work.resolve("rules"));
        try (DossierServer server = DossierServer.start(
                new ServerConfig("127.0.0.1", 0, List.of(input), rules, output, null, false))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Snapshot snapshot = server.service().refresh("request").orElseThrow();
            Brief brief = snapshot.briefs().get(0);
            String id = brief.person().id();
            String article = snapshot.facts().facts().stream().filter((Fact f) -> id.equals(f.person()))
                    .flatMap(f -> f.evidence().stream()).map(e -> e.article()).findFirst().orElseThrow();
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/briefs/" + id + ".pdf");
            HttpRequest get = HttpRequest.newBuilder(uri).build();
            for (int i = 0; i < 5; i++) {
                timed(http, get); // warm-up: JIT, connections
            }

            List<Double> cached = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                cached.add(timed(http, get));
            }
            int rendersBefore = server.service().renderCount(id);
            List<Double> rerendered = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Files.writeString(input.resolve(article + ".json"), "{\"outlet\": \"Latency Outlet " + i + "\"}");
                rerendered.add(timed(http, get));
            }
            int renders = server.service().renderCount(id) - rendersBefore;
            System.out.printf("brief %s (%d articles, %d briefs), %d requests each%n", id,
                    snapshot.facts().articles().size(), snapshot.briefs().size(), n);
            System.out.printf("cached:      median %7.1f ms  (min %.1f, max %.1f)%n", median(cached),
                    Collections.min(cached), Collections.max(cached));
            System.out.printf("re-rendered: median %7.1f ms  (min %.1f, max %.1f; %d renders)%n", median(rerendered),
                    Collections.min(rerendered), Collections.max(rerendered), renders);
        }
    }

    private static double timed(HttpClient http, HttpRequest get) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - start) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + get.uri() + " -> " + r.statusCode());
        }
        return ms;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}

package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.dossier.io.Json;
import org.dossier.ingest.web.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier serve --feed}: feeds polled at start, their new articles used, a failing feed on /health. */
class ServerFeedsTest {

    @Test
    void aFeedsNewArticleIsUsedAndAFailingFeedShowsOnHealth(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        try (TestSite site = new TestSite()) {
            site.page("/world/kessel", "text/html", TestSite.resource("kessel.html"));
            site.page("/feeds/world.rss", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                    + "<title>Courier</title><link>" + site.url("/") + "</link><description>News</description>"
                    + "<item><title>Moved</title><link>" + site.url("/world/kessel") + "</link></item></channel></rss>");
            site.page("/feeds/broken", "text/plain", "this is not a feed");
            ServerConfig config = new ServerConfig("127.0.0.1", 0, List.of(input),
                    DossierServerTest.copyRules(dir.resolve("rules")), dir.resolve("out"), null, false,
                    List.of(site.url("/feeds/world.rss").toString(), site.url("/feeds/broken").toString()));
            try (DossierServer server = DossierServer.start(config)) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                URI base = URI.create("http://127.0.0.1:" + server.port());

                await("a round over the feeds", () -> get(http, base.resolve("/health")).path("feeds")
                        .path("lastRound").isTextual());
                JsonNode feeds = get(http, base.resolve("/health")).path("feeds");
                assertEquals(1, feeds.path("errors").size(), feeds.toString());
                assertTrue(feeds.path("errors").get(0).asText().startsWith(site.url("/feeds/broken")
                        + ": is not an RSS or Atom feed"), feeds.toString());
                await("the feed's article in the facts", () -> get(http, base.resolve("/facts.json")).path("articles")
                        .toString().contains("The Riverton Courier"));
                try (Stream<Path> files = Files.list(input)) {
                    assertEquals(3, files.count(), "the page, its sidecar and the feeds' state");
                }
            }
        }
    }

    private static JsonNode get(HttpClient http, URI url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? Json.MAPPER.readTree(r.body()) : Json.MAPPER.createObjectNode();
        } catch (Exception e) {
            return Json.MAPPER.createObjectNode();
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(120));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}

package org.dossier.server.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.dossier.server.notify.WebhookDeliveryTest.hmac;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.io.Folders;
import org.dossier.io.Json;
import org.dossier.server.DossierServer;
import org.dossier.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole way: {@code serve --notify FILE}, an article uploaded, the regeneration it starts,
 * and the signed webhook that tells of the brief's new lines; the pending count on /health.
 */
class ServerNotificationsTest {

    static final String FIRST = """
            date 2022-09-14

            HARBOURTON, Sept 14 (Coast Herald) Lena Markov, a Latvian sailor, was detained in Harbourton on \
            September 12, 2022. She is being held in Harbourton Central Prison. The Latvian embassy requested \
            consular access to Markov on September 13.
            """;
    static final String SECOND = """
            date 2022-11-20

            RIGA, Nov 20 (Baltic Ledger) Latvian consul Ivo Berzins visited Lena Markov in Harbourton Central \
            Prison on November 18. A Harbourton court ordered on November 17 that Markov be held for two more \
            months. Her lawyer said Markov would appeal.
            """;

    @TempDir
    Path dir;

    @Test
    void anUploadThatAddsFactsIsPostedToTheWebhookSignedAndHealthShowsNothingPending() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("markov-1.txt"), FIRST);
        Path config = Files.writeString(dir.resolve("notify.yaml"), "");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Files.writeString(config, """
                    webhooks:
                      - url: %s
                        secret: team-secret
                        people: all
                    retry: {first: 50ms, max: 200ms}
                    """.formatted(receiver.url()));
            ServerConfig serve = new ServerConfig("127.0.0.1", 0, List.of(input), Folders.copy(Path.of("rules"),
                    dir.resolve("rules")), dir.resolve("out"), null, false, List.of(), null, false, config, null);
            try (DossierServer server = DossierServer.start(serve)) {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port();
                server.service().refresh("test"); // the first regeneration, into an empty output folder
                assertTrue(server.service().snapshot().isPresent());
                assertTrue(receiver.received().isEmpty(), "a first run announces no first briefs");

                HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(base + "/articles"))
                        .header("Content-Type", "text/plain; charset=utf-8").timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString(SECOND)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(201, upload.statusCode(), upload.body());

                List<WebhookReceiver.Received> got = receiver.awaitDelivered(1);
                assertTrue(!got.isEmpty(), "a message for the new facts");
                Set<String> changes = got.stream().map(r -> read(r).path("change").asText()).collect(Collectors.toSet());
                assertTrue(changes.contains("facts"), changes.toString());
                for (WebhookReceiver.Received r : got) {
                    assertEquals("sha256=" + hmac("team-secret", r.body()), r.signature());
                    assertEquals("lena-markov", read(r).path("person").path("id").asText(), r.text());
                }
                WebhookDeliveryTest.await("nothing pending on /health", () -> {
                    JsonNode n = read(http, base + "/health").path("notifications");
                    return n.path("pending").asInt(-1) == 0 && n.path("failing").isEmpty();
                });
            }
        }
    }

    private static JsonNode read(WebhookReceiver.Received r) {
        try {
            return Json.MAPPER.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode read(HttpClient http, String url) {
        try {
            return Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}

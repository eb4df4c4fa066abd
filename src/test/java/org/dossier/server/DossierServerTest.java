package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.io.AtomicFiles;
import org.dossier.io.Json;
import org.dossier.pipeline.Hashes;
import org.dossier.server.audit.AuditEntry;
import org.dossier.server.audit.AuditLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * One server on a free port over two short articles about a fictional detainee, exercised by
 * real HTTP calls. The server is shared (CoreNLP annotates each new article once, and every
 * rules compile takes seconds), so the tests run in order and each leaves it serving.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DossierServerTest {

    static final String PERSON = "jan-novak";
    static final Duration PATIENCE = Duration.ofSeconds(90);

    static final String ARTICLE_1 = """
            date 2021-03-05

            LISBON, March 5 (Harbour Post) Jan Novak, a Czech engineer, was detained in Lisbon on March 3, 2021 \
            on a warrant from Brazil. He is being held in Lisbon Central Prison. The Czech embassy requested \
            consular access to Novak on March 4.
            """;
    static final String ARTICLE_2 = """
            date 2021-06-10

            PRAGUE, June 10 (Daily Ledger) Czech consul Eva Dvorak visited Jan Novak in Lisbon Central Prison on \
            June 9. A Lisbon court ordered on June 8 that Novak be extradited to Brazil. His lawyer said Novak \
            would appeal.
            """;
    static final String RELEASE = "Jan Novak was released from Lisbon Central Prison on July 2, 2021, his lawyer said.";

    @TempDir
    static Path dir;
    static Path input;
    static Path rules;
    static Path output;
    static DossierServer server;
    static HttpClient http;

    @BeforeAll
    static void startServer() throws Exception {
        input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("novak-1.txt"), ARTICLE_1);
        Files.writeString(input.resolve("novak-2.txt"), ARTICLE_2);
        rules = copyRules(dir.resolve("rules"));
        output = dir.resolve("out");
        server = DossierServer.start(new ServerConfig("127.0.0.1", 0, List.of(input), rules, output, null, false));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void healthReportsTheRulesVersionAndTheStartupRegeneration() throws Exception {
        awaitTrue("the startup regeneration", () -> health().path("lastRegeneration").isObject());
        JsonNode health = health();
        assertEquals("ok", health.path("status").asText(), health.toString());
        assertEquals(Hashes.ofFolder(rules), health.path("rulesVersion").asText());
        assertTrue(health.path("lastRegeneration").path("ok").asBoolean(), health.toString());
        assertTrue(health.path("lastRulesError").isNull());
    }

    @Test
    @Order(2)
    void theIndexListsTheDetainedPersonWithLinks() throws Exception {
        HttpResponse<String> page = http.send(request("/").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = page.body();
        assertTrue(html.contains(">Jan Novak<"), html);
        String status = Json.MAPPER.readTree(get("/briefs/jan-novak.json").body()).path("caseStatus").path("value").asText();
        assertTrue(html.contains("<td class=\"status\" data-sort=\"" + status.replace('_', ' ') + "\">"), status + ": " + html);
        assertTrue(html.contains("href=\"/briefs/jan-novak.pdf\""), html);
        assertTrue(html.contains("href=\"/briefs/jan-novak.json\""), html);
        assertFalse(html.contains("Eva Dvorak"), "the consul is not a detainee");
    }

    @Test
    @Order(3)
    void theBriefItsModelAndTheFactsAreServed() throws Exception {
        HttpResponse<byte[]> pdf = get("/briefs/jan-novak.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertArrayEquals(Files.readAllBytes(output.resolve("jan-novak.pdf")), pdf.body());

        JsonNode brief = json(get("/briefs/jan-novak.json"));
        assertEquals("dossier-brief/1", brief.path("schema").asText());
        assertEquals("Jan Novak", brief.path("person").path("name").asText());

        JsonNode facts = json(get("/facts.json"));
        assertEquals("dossier-facts/1", facts.path("schema").asText());
        assertEquals(2, facts.path("articles").size());
    }

    @Test
    @Order(4)
    void unknownAndMalformedIdsAre404AndNeverReachAFile() throws Exception {
        assertEquals(404, get("/briefs/eva-dvorak.pdf").statusCode(), "a person without a brief");
        assertEquals(404, get("/briefs/nobody.json").statusCode());
        assertEquals(404, get("/briefs/jan-novak.txt").statusCode());
        assertEquals(404, get("/briefs/JAN-NOVAK.pdf").statusCode());
        for (String path : List.of("/briefs/..%2F..%2Fpom.xml", "/briefs/..%2Fout%2Ffacts.json",
                "/briefs/%2e%2e%2Fmanifest.json", "/briefs/..%5Cmanifest.json", "/briefs/jan-novak.pdf%00",
                "/briefs/%2Fetc%2Fpasswd")) {
            HttpResponse<byte[]> r = get(path);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " -> " + r.statusCode());
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertFalse(body.contains("dossier-facts") || body.contains("root:") || body.contains("\"briefs\""),
                    path + " -> " + body);
        }
    }

    @Test
    @Order(5)
    void badUploadsAreRefusedAndNothingIsSaved() throws Exception {
        List<String> before = ArticleUploadTest.names(input);
        assertUploadRefused(400, "text/plain", new byte[0], "the article is empty");
        assertUploadRefused(400, "text/plain", "Jan Nov\u00e1k".getBytes(StandardCharsets.ISO_8859_1), "not valid UTF-8");
        assertUploadRefused(400, "text/plain", "   \n".getBytes(StandardCharsets.UTF_8), "only white space");
        assertUploadRefused(400, "application/json", "{\"outlet\":\"X\"}".getBytes(StandardCharsets.UTF_8), "no \"text\"");
        byte[] large = RELEASE.repeat(ArticleUpload.MAX_BYTES / RELEASE.length() + 1).getBytes(StandardCharsets.UTF_8);
        assertUploadRefused(413, "text/plain", large, "larger than");
        assertEquals(before, ArticleUploadTest.names(input));
    }

    @Test
    @Order(6)
    void concurrentRequestsForAStaleBriefAreAnsweredAtOnceAndRenderItOnce() throws Exception {
        BriefService service = server.service();
        int rendersBefore = service.renderCount(PERSON);
        int regenerationsBefore = service.health().regenerations();
        setOutlet("Concurrent Courier");

        int clients = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<HttpResponse<byte[]>>> responses = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                responses.add(pool.submit((Callable<HttpResponse<byte[]>>) () -> {
                    start.await();
                    return get("/briefs/jan-novak.pdf");
                }));
            }
            start.countDown();
            for (Future<HttpResponse<byte[]>> f : responses) {
                HttpResponse<byte[]> r = f.get();
                assertEquals(200, r.statusCode());
                assertTrue(new String(r.body(), StandardCharsets.ISO_8859_1).strip().endsWith("%%EOF"), "a whole PDF");
            }
        } finally {
            pool.shutdown();
        }
        awaitTrue("the regeneration the requests started", () -> service.health().regenerations() > regenerationsBefore
                && !service.health().regenerating());
        assertEquals(rendersBefore + 1, service.renderCount(PERSON));
        assertEquals(regenerationsBefore + 1, service.health().regenerations());
        assertTrue(Files.readString(output.resolve("facts.json")).contains("Concurrent Courier"));
        assertTrue(new String(get("/facts.json").body(), StandardCharsets.UTF_8).contains("Concurrent Courier"));
    }

    @Test
    @Order(7)
    void anUploadedArticleChangesTheBrief() throws Exception {
        JsonNode before = json(get("/briefs/jan-novak.json"));
        assertEquals("in_custody", before.path("status").path("value").asText());
        byte[] pdfBefore = get("/briefs/jan-novak.pdf").body();

        String upload = Json.MAPPER.writeValueAsString(Map.of("text", RELEASE, "date", "2021-07-03",
                "outlet", "Harbour Post", "url", "https://example.org/novak-released", "headline", "Novak freed"));
        HttpResponse<byte[]> created = post("application/json", upload.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.statusCode(), new String(created.body(), StandardCharsets.UTF_8));
        JsonNode answer = json(created);
        String id = answer.path("id").asText();
        assertTrue(id.startsWith("upload-"), id);
        assertEquals(PERSON, answer.path("people").path(0).path("id").asText(), answer.toString());
        assertEquals("Jan Novak", answer.path("people").path(0).path("name").asText());
        assertEquals("/briefs/jan-novak.pdf", answer.path("people").path(0).path("pdf").asText());
        assertTrue(Files.isRegularFile(input.resolve(id + ".txt")));
        assertTrue(Files.readString(input.resolve(id + ".json")).contains("https://example.org/novak-released"));
        assertTrue(ArticleUploadTest.names(input).stream().noneMatch(n -> n.endsWith(".tmp")));

        JsonNode after = json(get("/briefs/jan-novak.json"));
        assertEquals("released", after.path("status").path("value").asText());
        assertTrue(after.path("changes").toString().contains("Status changed from in_custody to released"),
                after.path("changes").toString());
        assertFalse(Arrays.equals(pdfBefore, get("/briefs/jan-novak.pdf").body()));

        List<AuditEntry> audit = new AuditLog(AuditLog.defaultFile(output), java.time.Clock.systemUTC()).read().entries();
        AuditEntry uploaded = AuditLog.newestFirst(audit, null, AuditEntry.UPLOAD).get(0);
        assertEquals("local", uploaded.who());
        assertEquals(id, uploaded.subject());
        assertTrue(uploaded.summary().contains("\"Novak freed\" (Harbour Post)"), uploaded.summary());
        AuditEntry regenerated = AuditLog.newestFirst(audit, null, AuditEntry.REGENERATION).get(0);
        assertEquals("upload", regenerated.subject());
        assertTrue(regenerated.changes().stream().anyMatch(c -> c.person().equals(PERSON)
                && c.changes().contains("Status changed from in_custody to released.")), regenerated.toString());

        HttpResponse<byte[]> again = post("application/json", upload.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, again.statusCode(), "the same article again is not saved twice");
        assertEquals(id, json(again).path("id").asText());
    }

    @Test
    @Order(8)
    void watchingPicksUpArticlesAndRulesAndKeepsTheLastGoodRulesWhenAnEditBreaksThem() throws Exception {
        try (AutoCloseable watching = server.watch()) {
            setOutlet("Watched Gazette");
            awaitTrue("the watcher to regenerate the facts",
                    () -> read(output.resolve("facts.json")).contains("Watched Gazette"));
            awaitTrue("the watcher's regeneration to end", () -> !health().path("regenerating").asBoolean());

            String version = health().path("rulesVersion").asText();
            byte[] pdf = get("/briefs/jan-novak.pdf").body();
            Path status = rules.resolve("derive/status.drl");
            String good = Files.readString(status);
            int brokenLine = Files.readAllLines(status).size() + 4;
            Files.writeString(status, "\nrule \"a broken rule\"\nwhen\n    Fact( type == )\nthen\nend\n",
                    StandardOpenOption.APPEND);

            awaitTrue("the broken rule in /health", () -> !health().path("lastRulesError").isNull());
            JsonNode health = health();
            assertEquals("degraded", health.path("status").asText());
            String error = health.path("lastRulesError").asText();
            assertTrue(error.startsWith(status + ":" + brokenLine + ":"), error);
            assertEquals(version, health.path("rulesVersion").asText(), "the last good rules stay in use");
            HttpResponse<byte[]> stillServed = get("/briefs/jan-novak.pdf");
            assertEquals(200, stillServed.statusCode());
            assertArrayEquals(pdf, stillServed.body());
            String page = http.send(request("/").build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(page.contains("The rules folder has errors") && page.contains("status.drl:" + brokenLine),
                    page);

            // The fix and a new rule in one edit: recompiled, swapped in, and used for the brief.
            Files.writeString(rules.resolve("derive/zz-added-while-serving.drl"), """
                    package dossier.derive;
                    import org.dossier.brief.derive.Alert;
                    import org.dossier.brief.derive.AsOf;
                    rule "an alert added while the server runs"
                    when
                        AsOf()
                    then
                        insertLogical( new Alert( "added-while-serving", "info", "Added while serving" ) );
                    end
                    """);
            Files.writeString(status, good);
            awaitTrue("the fixed rules to be swapped in", () -> {
                JsonNode h = health();
                return !h.path("rulesVersion").asText().equals(version) && !h.path("regenerating").asBoolean();
            });
            health = health();
            assertTrue(health.path("lastRulesError").isNull(), health.toString());
            assertEquals("ok", health.path("status").asText());
            assertTrue(read(output.resolve("jan-novak.json")).contains("added-while-serving"));
        }
    }

    @Test
    @Order(9)
    void aScheduleThatFiresEverySecondRegeneratesWhatChanged() throws Exception {
        int rendersBefore = server.service().renderCount(PERSON);
        try (AutoCloseable schedule = server.schedule("* * * * * ?")) {
            setOutlet("Scheduled Tribune");
            // No request, no watcher: only the schedule can bring the change to disk.
            awaitTrue("a scheduled regeneration", () -> server.service().renderCount(PERSON) > rendersBefore);
            assertTrue(read(output.resolve("facts.json")).contains("Scheduled Tribune"));
            int regenerations = health().path("regenerations").asInt();
            awaitTrue("the schedule to keep firing", () -> health().path("regenerations").asInt() > regenerations);
        }
        assertEquals(rendersBefore + 1, server.service().renderCount(PERSON), "unchanged briefs are not rendered again");
        assertEquals("schedule", health().path("lastRegeneration").path("trigger").asText());
    }

    @Test
    @Order(10)
    void whileARegenerationRunsReadsAreServedAtOnceFromTheLastCompleteState() throws Exception {
        byte[] briefBefore = get("/briefs/jan-novak.json").body();
        byte[] factsBefore = get("/facts.json").body();
        // A named pipe as an article holds the regeneration in its reading until the test writes to it.
        Path held = input.resolve("held.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", held.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        assertEquals(0, mkfifo.waitFor());
        Thread regeneration = new Thread(() -> server.service().regenerate("held"), "held-regeneration");
        regeneration.start();
        try {
            awaitTrue("the regeneration to start", () -> health().path("regenerating").asBoolean());
            HttpClient impatient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (String path : List.of("/", "/briefs/jan-novak.pdf", "/briefs/jan-novak.json", "/facts.json")) {
                HttpResponse<byte[]> r = impatient.send(request(path).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode(), path);
            }
            assertArrayEquals(briefBefore, get("/briefs/jan-novak.json").body());
            assertArrayEquals(factsBefore, get("/facts.json").body());
            assertTrue(health().path("regenerating").asBoolean(), "the reads were served while it ran");
        } finally {
            Files.writeString(held, "date 2021-08-01\n\nThe harbour reopened on Monday after the storm.\n");
            regeneration.join(PATIENCE.toMillis());
            Files.deleteIfExists(held);
        }
        assertFalse(regeneration.isAlive());
        assertTrue(health().path("lastRegeneration").path("ok").asBoolean(), health().toString());
        server.service().regenerate("cleanup");
    }

    /**
     * The soak: 50 uploads (25 articles, each sent twice at once) and 200 reads at once while a
     * regeneration runs. No 5xx, no read waits for the regeneration, every article is saved once.
     */
    @Test
    @Order(11)
    void aSoakOfUploadsAndReadsDuringARegeneration() throws Exception {
        Path held = input.resolve("held-soak.txt");
        try {
            assertEquals(0, new ProcessBuilder("mkfifo", held.toString()).start().waitFor());
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not available: " + e.getMessage());
        }
        Thread regeneration = new Thread(() -> server.service().regenerate("soak"), "soak-regeneration");
        regeneration.start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>> uploads = new ArrayList<>();
        long uploadsBefore = uploadedArticles();
        try {
            awaitTrue("the regeneration to start", () -> health().path("regenerating").asBoolean());
            for (int i = 0; i < 50; i++) {
                String text = "date 2021-09-" + (10 + i % 25) + "\n\nThe ferry number " + (i % 25)
                        + " left the harbour of Westport on Monday with " + (100 + i % 25) + " passengers.\n";
                uploads.add(client.sendAsync(request("/articles").timeout(PATIENCE)
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                        HttpResponse.BodyHandlers.ofByteArray()));
            }
            List<String> paths = List.of("/", "/briefs/jan-novak.pdf", "/briefs/jan-novak.json", "/facts.json",
                    "/health");
            List<HttpClient> clients = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build());
            }
            for (int i = 0; i < 20; i++) { // connections and code paths warmed, as a server has them
                assertEquals(200, clients.get(i % clients.size()).send(request(paths.get(i % paths.size())).build(),
                        HttpResponse.BodyHandlers.ofByteArray()).statusCode());
            }
            // The reads come while all 50 uploads are in the server, saved and waiting for their regeneration.
            awaitTrue("the uploads to be saved", () -> uploadedArticles() == uploadsBefore + 25);
            List<java.util.concurrent.CompletableFuture<Long>> reads = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long sent = System.nanoTime();
                reads.add(clients.get(i % clients.size()).sendAsync(request(paths.get(i % paths.size())).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(r -> {
                            assertEquals(200, r.statusCode(), r.uri().toString());
                            return (System.nanoTime() - sent) / 1_000_000;
                        }));
            }
            long slowest = 0;
            for (java.util.concurrent.CompletableFuture<Long> read : reads) {
                slowest = Math.max(slowest, read.get());
            }
            System.out.println("soak: the slowest of 200 reads during a regeneration took " + slowest + " ms");
            // The regeneration is held (the named pipe) until the reads are done, so a read that
            // waited for it would never come back; the bound is loose enough for a busy machine.
            assertTrue(slowest < 5000, "a read waited " + slowest + " ms");
            assertTrue(health().path("regenerating").asBoolean(), "the reads were made while it ran");
        } finally {
            Files.writeString(held, "date 2021-09-01\n\nThe harbour of Westport reopened on Monday.\n");
            Files.deleteIfExists(held);
            regeneration.join(PATIENCE.toMillis());
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        int created = 0;
        for (java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> upload : uploads) {
            HttpResponse<byte[]> r = upload.get();
            assertTrue(r.statusCode() == 201 || r.statusCode() == 200, new String(r.body(), StandardCharsets.UTF_8));
            ids.add(json(r).path("id").asText());
            created += r.statusCode() == 201 ? 1 : 0;
        }
        assertEquals(25, ids.size());
        assertEquals(25, created, "each article saved once, the second sending told it was there");
        for (String id : ids) {
            assertTrue(Files.isRegularFile(input.resolve(id + ".txt")), id);
        }
        assertTrue(ArticleUploadTest.names(input).stream().noneMatch(n -> n.endsWith(".tmp")));
        assertTrue(health().path("lastRegeneration").path("ok").asBoolean(), health().toString());
    }

    @Test
    @Order(12)
    void httpDetailsHeadTypesJsonErrorsCachingAndUploadsThatDoNotSayWhatTheyAre() throws Exception {
        HttpResponse<byte[]> head = http.send(request("/briefs/jan-novak.pdf").method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals("application/pdf", head.headers().firstValue("Content-Type").orElse(""));
        assertEquals(0, head.body().length);

        for (String path : List.of("/nothing-here", "/briefs", "/facts.json/x")) {
            HttpResponse<byte[]> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            assertTrue(json(r).path("error").asText().contains(path), new String(r.body(), StandardCharsets.UTF_8));
        }

        HttpResponse<byte[]> pdf = get("/briefs/jan-novak.pdf");
        String etag = pdf.headers().firstValue("ETag").orElseThrow();
        assertTrue(pdf.headers().firstValue("Last-Modified").isPresent());
        HttpResponse<byte[]> again = http.send(request("/briefs/jan-novak.pdf").header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(200, http.send(request("/briefs/jan-novak.pdf").header("If-None-Match", "\"other\"").build(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        assertTrue(get("/briefs/jan-novak.json").headers().firstValue("ETag").isPresent());

        HttpResponse<byte[]> untyped = http.send(request("/articles").POST(HttpRequest.BodyPublishers.ofString(RELEASE))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(415, untyped.statusCode());
        assertTrue(json(untyped).path("error").asText().contains("Content-Type"));

        for (String body : List.of("[1, 2]", "{\"text\": [1]}", "{\"text\": \"x\", \"date\": {}}", "{")) {
            String error = json(post("application/json", body.getBytes(StandardCharsets.UTF_8))).path("error").asText();
            assertFalse(error.contains("org.dossier") || error.contains("com.fasterxml") || error.contains("java.")
                    || error.contains("`"), body + " -> " + error);
        }
    }

    @Test
    @Order(13)
    void aRestartedServerAnswersAtOnceFromWhatTheLastRunWrote() throws Exception {
        server.close();
        Path held = input.resolve("held-restart.txt");
        try {
            assertEquals(0, new ProcessBuilder("mkfifo", held.toString()).start().waitFor());
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not available: " + e.getMessage());
        }
        server = DossierServer.start(new ServerConfig("127.0.0.1", 0, List.of(input), rules, output, null, false));
        try {
            awaitTrue("the startup regeneration to start", () -> health().path("regenerating").asBoolean());
            HttpResponse<String> page = HttpClient.newHttpClient().send(request("/").timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains(">Jan Novak<"), page.body());
            assertTrue(health().path("regenerating").asBoolean(), "answered while the first regeneration ran");
        } finally {
            Files.writeString(held, "date 2021-08-01\n\nThe harbour reopened on Monday after the storm.\n");
            Files.deleteIfExists(held);
        }
        awaitTrue("the startup regeneration to end", () -> !health().path("regenerating").asBoolean());
    }

    // --- helpers ---

    static long uploadedArticles() throws IOException {
        return ArticleUploadTest.names(input).stream().filter(n -> n.startsWith("upload-") && n.endsWith(".txt"))
                .count();
    }

    /** Changes the first article's outlet through its sidecar: the brief is out of date, yet nothing is re-annotated. */
    static void setOutlet(String outlet) throws IOException {
        // Whole or not at all, so that a scheduled run never reads half a sidecar.
        AtomicFiles.write(input.resolve("novak-1.json"), ("{\"outlet\": \"" + outlet + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    static void assertUploadRefused(int status, String contentType, byte[] body, String reason) throws Exception {
        HttpResponse<byte[]> r = post(contentType, body);
        String text = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(status, r.statusCode(), text);
        assertTrue(json(r).path("error").asText().contains(reason), text);
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).timeout(PATIENCE);
    }

    static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> post(String contentType, byte[] body) throws IOException, InterruptedException {
        return http.send(request("/articles").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return Json.MAPPER.readTree(response.body());
    }

    static JsonNode health() throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get("/health");
        assertEquals(200, r.statusCode());
        return json(r);
    }

    static String read(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file) : "";
    }

    interface Check {
        boolean holds() throws Exception;
    }

    /** Polls until the check holds; fails after {@link #PATIENCE}. */
    static void awaitTrue(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; health: " + health());
            }
            Thread.sleep(50);
        }
    }

    static Path copyRules(Path target) throws IOException {
        return org.dossier.io.Folders.copy(Path.of("rules"), target);
    }
}

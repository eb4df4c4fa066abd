package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.dossier.history.BriefHistory;
import org.dossier.history.InventedBriefs;
import org.dossier.history.Version;
import org.dossier.io.Folders;
import org.dossier.io.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history of an invented detainee's brief over real HTTP: the list of versions (HTML and
 * JSON), the comparison of two, and each version's files. The history is written directly, as
 * three runs would have kept it; the server has no articles of its own.
 */
class HistoryServerTest {

    static final String ID = "jan-novak";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path dir;
    static DossierServer server;
    static BriefHistory history;
    static List<Version> versions;

    @BeforeAll
    static void start() throws Exception {
        Path output = dir.resolve("out");
        history = new BriefHistory(output);
        Instant march = Instant.parse("2021-03-05T06:00:00Z");
        Version first = history.append(ID, InventedBriefs.novak()
                .alert("no-visit", "high", "No consular visit is reported", "Farrest").build(), march);
        history.attachPdf(ID, first, Files.write(dir.resolve("first.pdf"), "%PDF-1.7 version one".getBytes()));
        history.append(ID, InventedBriefs.novak().asOf("2021-06-10").visit("2021-06-09", "Eva Dvorak")
                .accessGranted().build(), march.plusSeconds(86_400 * 97));
        history.append(ID, InventedBriefs.novak().asOf("2021-08-02").visit("2021-06-09", "Eva Dvorak")
                .accessGranted().status("released", "released").place(null)
                .custody("released", "2021-07-30", "Lisbon Central Prison", "released").build(),
                march.plusSeconds(86_400 * 150));
        versions = history.versions(ID);
        Path input = Files.createDirectories(dir.resolve("in"));
        server = DossierServer.start(new ServerConfig("127.0.0.1", 0, List.of(input),
                Folders.copy(Path.of("rules"), dir.resolve("rules")), output, null, false));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void thePageListsEveryVersionNewestFirstWithItsFilesAndAComparison() throws Exception {
        HttpResponse<String> r = get("/briefs/jan-novak/history", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").replace(" ", "").equals("text/html;charset=utf-8"));
        Document page = Jsoup.parse(r.body(), "http://127.0.0.1:" + server.port() + "/briefs/jan-novak/history");
        assertEquals(List.of("v3", "v2", "v1"), page.select("tbody tr").eachAttr("id"));
        Element newest = page.selectFirst("tr#v3");
        assertTrue(newest.text().contains("released"), newest.text());
        assertTrue(newest.text().contains("Status changed") || newest.text().contains("2021-08-02"), newest.text());
        assertEquals("/briefs/jan-novak/history/1.pdf", page.selectFirst("tr#v1 a:contains(PDF)").attr("href"));
        assertEquals(null, page.selectFirst("tr#v2 a:contains(PDF)"), "version 2 has no PDF to link");
        for (Element link : page.select("tbody a")) {
            assertEquals(200, get(link.absUrl("href").replaceFirst("^http://[^/]+", ""), "*/*").statusCode(),
                    link.attr("href"));
        }
        String compare = page.selectFirst("tr#v3 a:contains(Compare)").absUrl("href");
        assertTrue(compare.endsWith("/briefs/jan-novak/history/compare?from=2&to=3"), compare);
    }

    @Test
    void theComparisonNamesWhatChangedBetweenAnyTwoVersions() throws Exception {
        HttpResponse<String> r = get("/briefs/jan-novak/history/compare?from=1&to=3", "text/html");
        assertEquals(200, r.statusCode());
        Document page = Jsoup.parse(r.body());
        assertEquals("jan-novak: version 1 → version 3", page.selectFirst("h1").text());
        assertTrue(page.select("th:contains(Status) + td").text().contains("in custody → released"), r.body());
        assertTrue(page.select("th:contains(Current place) + td").text().contains("Lisbon Central Prison → —"), r.body());
        List<String> added = page.select("h2:contains(Facts added) + ul li").eachText();
        assertEquals(List.of("custody: 2021-07-30 released: released, Lisbon Central Prison",
                "diplomatic: 2021-06-09 visit: Eva Dvorak, Lisbon Central Prison"), added);
        assertTrue(page.select("h2:contains(Requests) + ul li").text().contains("outstanding, open -> closed, granted"));
        assertEquals(List.of("[high] No consular visit is reported"), page.select("h2:contains(Cleared alerts) + ul li").eachText());
        assertEquals("1", page.selectFirst("select[name=from] option[selected]").attr("value"));
        assertEquals("3", page.selectFirst("select[name=to] option[selected]").attr("value"));

        HttpResponse<String> same = get("/briefs/jan-novak/history/compare?from=2&to=2", "text/html");
        assertTrue(Jsoup.parse(same.body()).select("p.ok").text().contains("say the same"), same.body());
    }

    @Test
    void jsonListsTheVersionsWithTheAddressesOfTheirFiles() throws Exception {
        for (String[] ask : List.of(new String[] {"/briefs/jan-novak/history", "application/json"},
                new String[] {"/briefs/jan-novak/history.json", "*/*"})) {
            HttpResponse<String> r = get(ask[0], ask[1]);
            assertEquals(200, r.statusCode(), ask[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode listing = Json.MAPPER.readTree(r.body());
            assertEquals(ID, listing.get("person").asText());
            assertEquals(3, listing.get("versions").size());
            assertEquals("/briefs/jan-novak/history/1.pdf", listing.get("versions").get(0).get("pdf").asText());
            assertEquals("released", listing.get("versions").get(2).get("status").asText());
        }
        HttpResponse<String> c = get("/briefs/jan-novak/history/compare?from=1&to=2", "application/json");
        JsonNode comparison = Json.MAPPER.readTree(c.body());
        assertEquals("visit", comparison.get("added").get(0).get("text").asText().split(" ")[1].replace(":", ""));
    }

    @Test
    void eachVersionsFilesAreServedAsKept() throws Exception {
        HttpResponse<byte[]> json = HTTP.send(request("/briefs/jan-novak/history/2.json").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, json.statusCode());
        assertArrayEquals(Files.readAllBytes(history.folder(ID).resolve(versions.get(1).json())), json.body());
        HttpResponse<String> pdf = get("/briefs/jan-novak/history/1.pdf", "*/*");
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF-1.7 version one", pdf.body());
    }

    @Test
    void unknownPeopleVersionsAndFilesAreNotFoundWithAReason() throws Exception {
        assertRefused("/briefs/nobody/history", 404, "no history for \\\"nobody\\\"");
        assertRefused("/briefs/jan-novak/history/compare?from=1&to=7", 404, "no version 7; the versions are 1 to 3");
        assertRefused("/briefs/jan-novak/history/2.pdf", 404, "has no PDF");
        assertRefused("/briefs/jan-novak/history/notes.txt", 404, "N.json and N.pdf");
        assertRefused("/briefs/..%2Fsecret/history", 404, "no such brief");
    }

    private static void assertRefused(String path, int status, String message) throws Exception {
        HttpResponse<String> r = get(path, "application/json");
        assertEquals(status, r.statusCode(), path);
        assertTrue(r.body().contains(message), r.body());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30));
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(request(path).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}

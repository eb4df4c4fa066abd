package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.io.Folders;
import org.dossier.io.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caseload over real HTTP, from two invented articles: one woman held awaiting trial, one man
 * released. The CSV and JSON, the page filtered and sorted by its address, and the same in a real
 * browser by typing and clicking (screenshot in {@code target/screenshots/caseload.png}).
 */
class CaseloadServerTest {

    static final String HELD = """
            date 2024-02-10

            LISBON, February 10 (Harbour Post) Lena Marsh, a Polish teacher, was detained in Lisbon on \
            January 5, 2024. She is being held in Lisbon Central Prison. The Polish embassy requested consular \
            access to Marsh on January 8.
            """;
    static final String RELEASED = """
            date 2024-03-20

            MADRID, March 20 (Daily Ledger) Tomas Brel, a Czech journalist, was detained in Madrid on \
            October 2, 2023. Brel was released from Soto Prison on March 18, 2024, his lawyer said.
            """;

    @TempDir
    static Path dir;
    static DossierServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startServer() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("marsh.txt"), HELD);
        Files.writeString(input.resolve("brel.txt"), RELEASED);
        Path rules = Folders.copy(Path.of("rules"), dir.resolve("rules"));
        server = DossierServer.start(new ServerConfig("127.0.0.1", 0, List.of(input), rules, dir.resolve("out"), null,
                false));
        server.service().refresh("test"); // waits for the startup regeneration
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theCsvHasARowPerDetaineeCountedToTheNewestArticle() throws Exception {
        HttpResponse<byte[]> r = get("/caseload.csv", HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("text/csv; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(r.body())) {
            List<Map<String, String>> rows = it.readAll();
            assertEquals(List.of("lena-marsh", "tomas-brel"), rows.stream().map(m -> m.get("id")).toList());
            Map<String, String> marsh = rows.get(0);
            assertEquals("pretrial_detention", marsh.get("status"));
            assertEquals("75", marsh.get("days_in_custody"), "5 January to 20 March 2024, the newest article");
            assertEquals("39", marsh.get("days_since_last_report"), "her article is of 10 February");
            assertEquals("72", marsh.get("oldest_open_request_days"), "consular access asked on 8 January");
            assertEquals("released", rows.get(1).get("status"));
            assertEquals("0", rows.get(1).get("days_since_last_report"));
        }
    }

    @Test
    void theJsonSaysTheDateEveryFigureIsCountedTo() throws Exception {
        JsonNode caseload = Json.MAPPER.readTree(get("/caseload.json", HttpResponse.BodyHandlers.ofString()).body());
        assertEquals("2024-03-20", caseload.path("asOf").asText());
        assertEquals(2, caseload.path("rows").size());
        assertEquals("Lena Marsh", caseload.path("rows").path(0).path("name").asText());
        assertEquals(75, caseload.path("rows").path(0).path("daysInCustody").asInt());
    }

    @Test
    void thePageFiltersAndSortsByItsAddressWithoutScript() throws Exception {
        String all = page("/");
        assertTrue(all.contains(">Lena Marsh<") && all.contains(">Tomas Brel<"), all);
        assertTrue(all.contains("<span id=\"shown\">2</span> of 2 detainees"), all);
        String released = page("/?status=released");
        assertTrue(released.contains(">Tomas Brel<") && !released.contains(">Lena Marsh<"), released);
        assertTrue(released.contains("<span id=\"shown\">1</span> of 2 detainees"), released);
        assertTrue(released.contains("<option value=\"released\" selected>released</option>"), released);
        String searched = page("/?q=LISBON");
        assertTrue(searched.contains(">Lena Marsh<") && !searched.contains(">Tomas Brel<"), "search over places");
        String byReport = page("/?sort=report&dir=desc");
        assertTrue(byReport.indexOf(">Lena Marsh<") < byReport.indexOf(">Tomas Brel<"), "39 days before 0");
        assertTrue(byReport.contains("data-key=\"report\" class=\"num\" aria-sort=\"descending\""), byReport);
        String byName = page("/?sort=name&dir=desc");
        assertTrue(byName.indexOf(">Tomas Brel<") < byName.indexOf(">Lena Marsh<"));
    }

    @Test
    void inABrowserTypingFiltersAndClickingAHeadSorts() throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        // CI installs Chromium (.ci/run); only a machine without it skips this test
        assumeTrue(chromium.isPresent() || System.getenv("CI") != null, "no chromium here");
        try (HeadlessChromium browser = HeadlessChromium.start(chromium.orElseThrow(), dir.resolve("profile"))) {
            browser.open(url("/"));
            browser.await("the caseload", "document.getElementById('caseload')", Duration.ofSeconds(30));
            assertEquals("Lena Marsh,Tomas Brel", visibleNames(browser));

            browser.eval("var q = document.getElementById('q'); q.value = 'madrid';"
                    + "q.dispatchEvent(new Event('input', {bubbles: true}))");
            assertEquals("Tomas Brel", visibleNames(browser));
            assertEquals("1", browser.eval("document.getElementById('shown').textContent"));
            assertEquals("?q=madrid", browser.eval("location.search"));

            browser.eval("var q = document.getElementById('q'); q.value = '';"
                    + "var s = document.getElementById('f-status'); s.value = 'pretrial_detention';"
                    + "s.dispatchEvent(new Event('change', {bubbles: true}))");
            assertEquals("Lena Marsh", visibleNames(browser));

            browser.eval("var s = document.getElementById('f-status'); s.value = '';"
                    + "s.dispatchEvent(new Event('change', {bubbles: true}));"
                    + "document.querySelector('th[data-key=report] a').click()");
            assertEquals("Lena Marsh,Tomas Brel", visibleNames(browser), "most days since the last report first");
            browser.eval("document.querySelector('th[data-key=name] a').click();"
                    + "document.querySelector('th[data-key=name] a').click()");
            assertEquals("Tomas Brel,Lena Marsh", visibleNames(browser), "names Z to A on the second click");
            assertEquals("descending", browser.eval("document.querySelector('th[data-key=name]').getAttribute('aria-sort')"));
            browser.screenshot(Path.of("target", "screenshots", "caseload.png"));
        }
    }

    private static String visibleNames(HeadlessChromium browser) throws Exception {
        return browser.eval("Array.from(document.querySelectorAll('#caseload tbody tr')).filter(r => !r.hidden)"
                + ".map(r => r.cells[0].firstChild.textContent).join(',')");
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> r = get(path, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        assertFalse(r.body().isEmpty());
        return r.body();
    }

    private static <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(), body);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }
}

package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dossier.io.Folders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A brief as a web page, its sources, the caseload PDF, the projected release and the upload form,
 * over real HTTP, from three invented articles: a woman sentenced after an arrest known to the day,
 * a man sentenced after an arrest known only to the month, a man released. The tests that add
 * articles run last ({@link Order}), the browser last of all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BriefPageTest {

    static final String VARGA = """
            date 2023-04-12

            TALLINN, April 12 (Baltic Courier) Ilse Varga, a Hungarian engineer, was arrested in Tallinn on \
            March 3, 2021. A Tallinn court sentenced Varga to six years in prison on May 10, 2022. She is being \
            held in Tallinn Prison, her lawyer said. The Hungarian embassy requested consular access to Varga on \
            March 20, 2023.
            """;
    static final String OKAFOR = """
            date 2023-05-02

            RIGA, May 2 (Northern Ledger) Daniel Okafor, a Canadian pilot, was detained in Riga in June 2020. \
            A court in Riga sentenced Okafor to eight years in prison in 2021. He is being held in Riga Central \
            Prison.
            """;
    static final String BREL = """
            date 2023-03-20

            MADRID, March 20 (Daily Ledger) Tomas Brel, a Czech journalist, was detained in Madrid on October 2, \
            2022. Brel was released from Soto Prison on March 18, 2023, his lawyer said.
            """;

    @TempDir
    static Path dir;
    static Path input;
    static DossierServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startServer() throws Exception {
        input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("varga.txt"), VARGA);
        Files.writeString(input.resolve("okafor.txt"), OKAFOR);
        Files.writeString(input.resolve("brel.txt"), BREL);
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
    @Order(1)
    void theBriefPageHasThePdfsSectionsAndLinksToThePdfAndJson() throws Exception {
        HttpResponse<String> r = get("/briefs/ilse-varga");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = Jsoup.parse(r.body());
        assertEquals("Ilse Varga", page.selectFirst("h1").text());
        assertEquals(List.of("Summary", "Alerts", "Custody history", "Legal history", "Diplomatic actions", "Requests",
                "Health, conditions and contact", "Conflicts and uncertain dates", "Sources"),
                page.select("h2").eachText(), "the PDF's sections, in its order");
        assertEquals("/briefs/ilse-varga.pdf", page.selectFirst("#pdf-link").attr("href"));
        assertEquals("/briefs/ilse-varga.json", page.selectFirst("#json-link").attr("href"));
        assertTrue(page.select("table.events td").eachText().contains("Sentenced"), "the legal history lists the sentence");
        HttpResponse<String> nobody = get("/briefs/nobody-at-all");
        assertEquals(404, nobody.statusCode());
        assertTrue(nobody.body().contains("made no brief for “nobody-at-all”"), "a page for a person: " + nobody.body());
    }

    @Test
    @Order(1)
    void eachCitedNumberLeadsToItsSentenceWithTheArticlesOutletAndDate() throws Exception {
        Document brief = Jsoup.parse(get("/briefs/ilse-varga").body());
        Element cite = brief.selectFirst("td.src a[href^=#src-]");
        assertNotNull(cite, "an item cites a source");
        Element source = brief.getElementById(cite.attr("href").substring(1));
        assertNotNull(source, "the cited number is in the sources list");
        assertTrue(source.text().contains("Baltic Courier") && source.text().contains("12 Apr 2023"), source.text());
        String quote = source.selectFirst("td.quote").text().replaceAll("^“|”$", "");

        String href = source.selectFirst("a.srcref").attr("href");
        assertTrue(href.matches("/articles/varga#s\\d+"), href);
        Document article = Jsoup.parse(get(href.substring(0, href.indexOf('#'))).body());
        assertEquals("Baltic Courier", article.getElementById("outlet").text());
        assertEquals("2023-04-12", article.getElementById("date").text());
        Element sentence = article.getElementById(href.substring(href.indexOf('#') + 1));
        assertNotNull(sentence, "the article page has the sentence's anchor");
        assertEquals(quote, sentence.selectFirst("q").text());
        assertTrue(sentence.select("a[href=/briefs/ilse-varga]").size() > 0, "and leads back to the brief");
        assertEquals(404, get("/articles/no-such-article").statusCode());
    }

    @Test
    @Order(1)
    void thePdfAndJsonAddressesStillServeTheFiles() throws Exception {
        HttpResponse<byte[]> pdf = HTTP.send(request("/briefs/ilse-varga.pdf").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        HttpResponse<String> json = get("/briefs/ilse-varga.json");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.body().contains("\"projectedReleaseDate\" : \"2027-03-03\""), json.body());
    }

    @Test
    @Order(1)
    void theProjectedReleaseIsADayWhenTheArrestIsAndAboutAMonthWhenOnlyItIs() throws Exception {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(get("/caseload.csv").body())) {
            Map<String, Map<String, String>> byId = new java.util.HashMap<>();
            it.readAll().forEach(row -> byId.put(row.get("id"), row));
            assertEquals("2027-03-03", byId.get("ilse-varga").get("projected_release"), "3 March 2021 plus six years");
            assertEquals("false", byId.get("ilse-varga").get("projected_release_approximate"));
            assertEquals("2028-06", byId.get("daniel-okafor").get("projected_release"), "June 2020 plus eight years");
            assertEquals("true", byId.get("daniel-okafor").get("projected_release_approximate"));
            assertEquals("", byId.get("tomas-brel").get("projected_release"), "released: no projection");
        }
        Document caseload = Jsoup.parse(get("/").body());
        assertEquals("2027-03-03", caseload.select("tr:has(a[href=/briefs/ilse-varga]) td.release").text());
        assertEquals("about 2028-06", caseload.select("tr:has(a[href=/briefs/daniel-okafor]) td.release").text());
        Document okafor = Jsoup.parse(get("/briefs/daniel-okafor").body());
        assertTrue(okafor.select("table.sentence").text().contains("Projected release about Jun 2028"),
                okafor.select("table.sentence").text());
    }

    @Test
    @Order(1)
    void theCaseloadPdfIsOnePageWithEveryDetainee() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(request("/caseload.pdf").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("Ilse Varga", "Daniel Okafor", "Tomas Brel", "3 Mar 2027", "about Jun 2028",
                    "3 detainees at a glance")) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
        }
    }

    @Test
    @Order(2)
    void aRefusedUploadIsExplainedOnThePageWithWhatWasTypedKept() throws Exception {
        HttpResponse<String> empty = postMultipart(Map.of("text", " ", "outlet", "Gazette"), null, null);
        assertEquals(400, empty.statusCode());
        assertTrue(empty.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "a page, not JSON");
        Document page = Jsoup.parse(empty.body());
        assertTrue(page.getElementById("upload-error").text().contains("paste the article's text"), empty.body());
        assertEquals("Gazette", page.getElementById("u-outlet").val(), "what was typed is kept");
        assertNotNull(page.selectFirst("#caseload"), "the caseload is still shown");

        HttpResponse<String> word = postMultipart(Map.of(), "notes.docx", "some bytes".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, word.statusCode());
        assertTrue(Jsoup.parse(word.body()).getElementById("upload-error").text()
                .contains("notes.docx: choose a .txt, .html, .htm or .pdf file"), word.body());

        HttpResponse<String> date = postMultipart(Map.of("text", VARGA.replace("Varga", "Vargas"), "date", "12/04/2023"),
                null, null);
        assertEquals(400, date.statusCode());
        assertTrue(Jsoup.parse(date.body()).getElementById("upload-error").text().contains("YYYY-MM-DD"), date.body());
        try (var files = Files.list(input)) {
            assertEquals(3, files.count(), "nothing refused was saved");
        }
    }

    @Test
    @Order(3)
    void aSavedWebPageChosenAsAFileIsAddedAndItsPeopleNamed() throws Exception {
        String html = """
                <!DOCTYPE html><html><head><title>Teacher held in Vilnius</title>
                <meta property="og:site_name" content="Lakeside Herald">
                <meta property="article:published_time" content="2023-05-20T08:00:00Z"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Teacher held in Vilnius</h1>
                <p>VILNIUS, May 20 (Lakeside Herald) Piet Janssen, a Dutch teacher, was arrested in Vilnius on \
                May 2, 2023, police said. He is being held in Lukiskes Prison while investigators examine the case.</p>
                <p>The Dutch embassy asked for consular access to Janssen on May 5, but had no answer by Friday, \
                his family said in a statement to reporters.</p></article></body></html>
                """;
        HttpResponse<String> r = postMultipart(Map.of(), "janssen.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith("/?added=upload-"), location);
        String id = location.substring("/?added=".length());
        assertTrue(Files.isRegularFile(input.resolve(id + ".html")), "saved as the page it is");
        Document page = Jsoup.parse(get(location).body());
        assertTrue(page.getElementById("added").text().contains("It tells of Piet Janssen"), page.getElementById("added").text());
        assertNotNull(page.selectFirst("#caseload a[href=/briefs/piet-janssen]"), "and he is in the caseload");
    }

    static final String HOLT = """
            date 2023-05-25

            OSLO, May 25 (Fjord Times) Mira Holt, a Danish nurse, was arrested in Oslo on May 1, 2023. She is \
            being held in Oslo Prison, her brother said.
            """;

    @Test
    @Order(4)
    void inABrowserACaseworkerSortsFiltersSearchesReadsABriefFollowsASourceAndAddsAnArticle() throws Exception {
        ChromeDriver browser = SeleniumChromium.start(Files.createDirectories(dir.resolve("profile")), 1300, 1000);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            browser.get(url("/"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("caseload")));
            assertEquals(List.of("Daniel Okafor", "Ilse Varga", "Piet Janssen", "Tomas Brel"), visibleNames(browser),
                    "by name at first");

            browser.findElement(By.cssSelector("th[data-key=custody] a")).click();
            List<Long> days = visibleDays(browser);
            assertEquals(days.stream().sorted(java.util.Comparator.reverseOrder()).toList(), days, "most days first");
            assertEquals("Daniel Okafor", visibleNames(browser).get(0));
            browser.findElement(By.cssSelector("th[data-key=custody] a")).click();
            List<Long> fewestFirst = new java.util.ArrayList<>(days);
            java.util.Collections.reverse(fewestFirst);
            assertEquals(fewestFirst, visibleDays(browser), "fewest first on the second click");
            assertTrue(browser.getCurrentUrl().endsWith("?sort=custody"), browser.getCurrentUrl());

            new Select(browser.findElement(By.id("f-status"))).selectByValue("released");
            assertEquals(List.of("Tomas Brel"), visibleNames(browser));
            assertEquals("1", browser.findElement(By.id("shown")).getText());
            new Select(browser.findElement(By.id("f-status"))).selectByValue("");

            browser.findElement(By.id("q")).sendKeys("tallinn");
            assertEquals(List.of("Ilse Varga"), visibleNames(browser), "the search reaches places");
            browser.findElement(By.id("q")).clear();
            browser.findElement(By.id("q")).sendKeys("okafor");
            assertEquals(List.of("Daniel Okafor"), visibleNames(browser));
            assertEquals("about 2028-06", browser.findElement(By.cssSelector("#caseload tbody tr:not([hidden]) td.release"))
                    .getText());

            browser.findElement(By.linkText("Daniel Okafor")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Daniel Okafor"));
            assertTrue(browser.getCurrentUrl().endsWith("/briefs/daniel-okafor"), browser.getCurrentUrl());
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 2300));
            screenshot(browser, "brief-page.png");
            WebElement source = browser.findElement(By.cssSelector("table.sources tbody tr"));
            String quote = source.findElement(By.cssSelector("td.quote")).getText().replaceAll("^“|”$", "");
            source.findElement(By.cssSelector("a.srcref")).click();
            wait.until(ExpectedConditions.urlContains("/articles/okafor#s"));
            String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
            WebElement sentence = browser.findElement(By.id(anchor));
            assertEquals(quote, sentence.findElement(By.tagName("q")).getText().replaceAll("^[“\"]|[”\"]$", ""));
            assertEquals(sentence, browser.findElement(By.cssSelector("li:target")), "the sentence is the one shown");
            assertEquals("Northern Ledger", browser.findElement(By.id("outlet")).getText());
            assertEquals("2023-05-02", browser.findElement(By.id("date")).getText());

            browser.get(url("/"));
            browser.findElement(By.cssSelector("#upload summary")).click();
            browser.findElement(By.id("u-text")).sendKeys(HOLT);
            browser.findElement(By.id("u-submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(120)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("added")));
            assertTrue(browser.findElement(By.id("added")).getText().contains("It tells of Mira Holt"),
                    browser.findElement(By.id("added")).getText());
            assertTrue(visibleNames(browser).contains("Mira Holt"), "she is in the caseload: " + visibleNames(browser));
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1600, 760));
            screenshot(browser, "caseload-after-upload.png");
        } finally {
            browser.quit();
        }
    }

    private static List<String> visibleNames(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#caseload tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(r -> r.findElement(By.cssSelector("a.brief")).getText()).toList();
    }

    private static List<Long> visibleDays(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#caseload tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(r -> r.findElement(By.cssSelector("td[data-sort]:nth-child(6)")).getAttribute("data-sort"))
                .map(Long::parseLong).toList();
    }

    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    static HttpResponse<String> postMultipart(Map<String, String> fields, String fileName, byte[] file) throws Exception {
        String boundary = "----dossier-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(request("/articles").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(120));
    }
}

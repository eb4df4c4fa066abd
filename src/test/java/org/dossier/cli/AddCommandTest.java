package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.ingest.Article;
import org.dossier.ingest.ArticleReader;
import org.dossier.ingest.web.SavedPages;
import org.dossier.ingest.web.TestSite;
import org.dossier.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier add URL...} against a news site served by the test on 127.0.0.1. */
class AddCommandTest {

    private record Run(int status, String out, String err) {
    }

    @Test
    void aLinkIsSavedAsThePageAndItsSidecarAndReadsLikeTheSavedPage(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/world/2024/03/12/northland-teacher-moved.html", "text/html; charset=utf-8",
                    TestSite.resource("kessel.html"));
            String url = site.url("/world/2024/03/12/northland-teacher-moved.html").toString();

            Run run = add(dir, url);

            assertEquals(0, run.status(), run.err());
            String id = SavedPages.idFor(site.url("/world/2024/03/12/northland-teacher-moved.html"));
            assertTrue(id.startsWith("127-0-0-1-world-2024-03-12-northland-teacher-moved-"), id);
            assertTrue(run.out().contains("saved as " + dir.resolve(id + ".html")), run.out());
            assertTrue(run.out().contains("\"Northland teacher moved to a penal colony, lawyer says\", 2024-03-12"),
                    run.out());
            JsonNode sidecar = Json.MAPPER.readTree(dir.resolve(id + ".json").toFile());
            assertEquals(url, sidecar.get("url").asText());
            assertTrue(sidecar.get("fetched").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), sidecar.toString());
            Article saved = new ArticleReader().read(dir.resolve(id + ".html"));
            Article original = new ArticleReader().read(Path.of("src/test/resources/ingest/kessel.html"));
            assertEquals(original.body(), saved.body());
            assertEquals(url, saved.url());

            Run again = add(dir, url);
            assertEquals(0, again.status());
            assertTrue(again.out().contains("already saved"), again.out());
            assertEquals(1, site.hits("/world/2024/03/12/northland-teacher-moved.html"));
        }
    }

    @Test
    void eachFailedLinkIsOneLineNamingItAndTheOthersAreStillSaved(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/kessel", "text/html", TestSite.resource("kessel.html"));
            site.page("/data.json", "application/json", "{\"a\": 1}");
            site.page("/index.html", "text/html", Files.readString(Path.of("src/test/resources/ingest/kessel.html"))
                    .replaceAll("(?s)<article.*</article>", ""));

            Run run = add(dir, site.url("/missing").toString(), site.url("/slow").toString(),
                    site.url("/loop-a").toString(), site.url("/huge").toString(), site.url("/data.json").toString(),
                    site.url("/index.html").toString(), "ftp://127.0.0.1/file.txt", site.url("/kessel").toString());

            assertEquals(1, run.status());
            List<String> errors = run.err().lines().toList();
            assertEquals(7, errors.size(), run.err());
            assertEquals("error: " + site.url("/missing") + ": the server answered HTTP 404 (not found)", errors.get(0));
            assertEquals("error: " + site.url("/slow") + ": no complete answer within 1 s (timeout)", errors.get(1));
            assertEquals("error: " + site.url("/loop-a") + ": redirect loop (back to " + site.url("/loop-a") + ")",
                    errors.get(2));
            assertEquals("error: " + site.url("/huge") + ": larger than 5 MB; not fetched", errors.get(3));
            assertEquals("error: " + site.url("/data.json") + ": is not a web page or a PDF (Content-Type "
                    + "application/json)", errors.get(4));
            assertTrue(errors.get(5).startsWith("error: " + site.url("/index.html") + ": no article text found in this "
                    + "page"), errors.get(5));
            assertEquals("error: ftp://127.0.0.1/file.txt: only http and https addresses are fetched", errors.get(6));
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
                assertEquals(2, names.size(), names.toString());
                assertTrue(names.get(0).startsWith("127-0-0-1-kessel-"), names.toString());
            }
        }
    }

    private static Run add(Path dir, String... urls) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            String[] args = Stream.concat(Stream.of("add", "--input", dir.toString(), "--timeout", "1"),
                    Stream.of(urls)).toArray(String[]::new);
            status = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved news pages (written for these tests in the shape of real sites) read as articles. */
class HtmlArticleReaderTest {

    static final Path PAGE = Path.of("src/test/resources/ingest/kessel.html");
    static final Path TEXT = Path.of("src/test/resources/ingest/kessel.txt");

    @Test
    void aPageGivesTheSameArticleTextAsThePlainTextVersion() throws Exception {
        Article page = new ArticleReader().read(PAGE);
        Article text = new ArticleReader().read(TEXT);

        assertEquals(text.body(), page.body());
        assertEquals(text.date(), page.date());
        assertEquals(text.dateline(), page.dateline());
    }

    @Test
    void menusRelatedStoriesCaptionsCookiesCommentsAndFooterAreLeftOut() throws Exception {
        String body = new ArticleReader().read(PAGE).body();

        for (String boilerplate : List.of("cookies", "Subscribe", "Related stories", "Peter Vance", "Lena Ward",
                "Tom Baker", "Jan Holm", "Photo", "Share on", "morning briefing", "All rights reserved", "Ana Weiss")) {
            assertFalse(body.contains(boilerplate), boilerplate + " is boilerplate, not article text:\n" + body);
        }
    }

    @Test
    void aBlogShapedPageWithInlineReadMoreAdsAndSharingGivesOnlyItsArticle() throws Exception {
        Article page = new ArticleReader().read(Path.of("src/test/resources/ingest/rask.html"));
        Article text = new ArticleReader().read(Path.of("src/test/resources/ingest/rask.txt"));

        assertEquals(text.body(), page.body());
        assertEquals(LocalDate.of(2024, 4, 16), page.date());
        assertEquals("Northland Today", page.outlet());
        assertEquals("Engineer held in Hilltown for a year goes on trial", page.headline());
    }

    @Test
    void anArticleWhoseWrapperIsNamedLikeCommentaryIsKept(@TempDir Path dir) throws Exception {
        String html = Files.readString(PAGE).replace("class=\"story-body\"", "class=\"story-body commentary-text\"");

        Article page = new ArticleReader().read(TestFiles.write(dir, "opinion.html", html));

        assertEquals(new ArticleReader().read(TEXT).body(), page.body());
    }

    @Test
    void theHeaderFieldsComeFromThePagesMetadata() throws Exception {
        Article page = new ArticleReader().read(PAGE);

        assertEquals(LocalDate.of(2024, 3, 12), page.date());
        assertFalse(page.dateInferred());
        assertEquals("The Riverton Courier", page.outlet());
        assertEquals("Northland teacher moved to a penal colony, lawyer says", page.headline());
        assertEquals("https://courier.example/world/2024/03/12/northland-teacher-moved", page.url());
        assertNull(page.dateNote());
    }

    @Test
    void whenTheTextGivesAnotherDateTheMetadataWinsAndTheDifferenceIsNoted(@TempDir Path dir) throws Exception {
        String html = Files.readString(PAGE).replace("RIVERTON, March 12", "RIVERTON, March 11");
        Path file = TestFiles.write(dir, "kessel.html", html);

        Article page = new ArticleReader().read(file);

        assertEquals(LocalDate.of(2024, 3, 12), page.date());
        assertEquals("the page's metadata gives 2024-03-12, the text March 11; the metadata's date is used",
                page.dateNote());
    }

    @Test
    void withoutJsonLdTheOpenGraphTimeOrTimeElementGivesTheDate(@TempDir Path dir) throws Exception {
        String noJsonLd = Files.readString(PAGE).replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
        String timeOnly = noJsonLd.replaceAll("<meta property=\"article:published_time\"[^>]*>", "")
                .replace("2024-03-12T09:30:00+02:00\">12 March", "2024-03-10T09:30:00+02:00\">10 March");

        assertEquals(LocalDate.of(2024, 3, 12), new ArticleReader().read(TestFiles.write(dir, "og.html", noJsonLd)).date());
        assertEquals(LocalDate.of(2024, 3, 10), new ArticleReader().read(TestFiles.write(dir, "t.html", timeOnly)).date());
    }

    @Test
    void aSidecarStillWinsOverThePage(@TempDir Path dir) throws Exception {
        Path file = TestFiles.write(dir, "kessel.html", Files.readAllBytes(PAGE));
        TestFiles.write(dir, "kessel.json", "{\"date\": \"2024-03-15\", \"outlet\": \"Hilltown Herald\"}");

        Article page = new ArticleReader().read(file);

        assertEquals(LocalDate.of(2024, 3, 15), page.date());
        assertEquals("Hilltown Herald", page.outlet());
    }

    @Test
    void aPageWithoutAnArticleIsAOneLineErrorAndTheOthersAreStillRead(@TempDir Path dir) throws Exception {
        String noArticle = Files.readString(PAGE).replaceAll("(?s)<article.*</article>", "");
        TestFiles.write(dir, "index.html", noArticle);
        TestFiles.write(dir, "kessel.htm", Files.readAllBytes(PAGE));
        TestFiles.write(dir, "huge.html", new byte[(int) HtmlArticleReader.MAX_BYTES + 1]);

        ArticleSet set = ArticleSet.read(List.of(dir));

        assertEquals(List.of("kessel"), set.articles().stream().map(Article::id).toList());
        assertEquals(2, set.errors().size(), set.errors().toString());
        for (IngestError error : set.errors()) {
            assertFalse(error.message().contains("\n"));
        }
        assertTrue(set.errors().get(0).message().startsWith(dir.resolve("huge.html") + ": is 5 MB"),
                set.errors().get(0).message());
        assertTrue(set.errors().get(1).message().startsWith(dir.resolve("index.html") + ": no article text found"),
                set.errors().get(1).message());
    }
}

package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.ingest.web.PageFetcher;
import org.dossier.ingest.web.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads are checked before anything is saved, and saved whole: an article and its sidecar, or nothing. */
class ArticleUploadTest {

    static final String ARTICLE = "Jan Novak was detained in Lisbon on March 3, 2021.";

    @TempDir
    Path folder;

    private static ApiError refused(String contentType, byte[] body) {
        return assertThrows(ApiError.class, () -> ArticleUpload.parse(contentType, body));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void emptyBlankAndBinaryBodiesAreRefusedWithAReason() {
        assertEquals("the article is empty", refused("text/plain", new byte[0]).getMessage());
        assertEquals("the article holds only white space", refused("text/plain", utf8(" \n\t ")).getMessage());
        assertTrue(refused("text/plain", new byte[] {'a', 0, 'b'}).getMessage().contains("NUL"));
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithTheOffsetOfTheBadByte() {
        byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
        ApiError e = refused("text/plain", latin1);
        assertEquals(400, e.status());
        assertEquals("the body is not valid UTF-8 (bad byte at offset 3)", e.getMessage());
        assertTrue(refused("text/plain; charset=ISO-8859-1", utf8(ARTICLE)).getMessage().contains("only UTF-8"));
    }

    @Test
    void jsonUploadsNeedTextKnownFieldsAndAValidDate() {
        assertEquals("the JSON has no \"text\" (or, for a link, no \"url\")", refused("application/json", utf8("{\"date\":\"2021-03-05\"}")).getMessage());
        assertTrue(refused("application/json", utf8("{\"txt\":\"x\"}")).getMessage().startsWith("unknown field \"txt\""));
        assertTrue(refused("application/json", utf8("[1, 2]")).getMessage().startsWith("the body is not a JSON object"));
        assertEquals("\"date\" is \"2021-13-01\"; expected YYYY-MM-DD or YYYY",
                refused("application/json", utf8("{\"text\":\"x\",\"date\":\"2021-13-01\"}")).getMessage());
        assertEquals(415, refused("application/x-www-form-urlencoded", utf8("text=x")).status());
    }

    @Test
    void anUploadThatDoesNotSayWhatItIsIsRefusedWith415() {
        assertEquals(415, refused(null, utf8(ARTICLE)).status());
        assertEquals(415, refused(" ", utf8(ARTICLE)).status());
        assertTrue(refused(null, utf8(ARTICLE)).getMessage().contains("Content-Type: text/plain"));
    }

    @Test
    void anArticleIsSavedWithItsSidecarAndTheSameUploadTwiceIsSavedOnce() throws IOException {
        String json = "{\"text\":\"" + ARTICLE + "\",\"date\":\"2021-03-05\",\"outlet\":\"Harbour Post\","
                + "\"url\":\"https://example.org/a\",\"headline\":\"Engineer held\"}";
        ArticleUpload.Saved saved = ArticleUpload.parse("application/json", utf8(json)).saveInto(folder);
        assertTrue(saved.created());
        assertTrue(saved.id().matches("upload-[0-9a-f]{16}"), saved.id());
        assertEquals(ARTICLE, Files.readString(folder.resolve(saved.id() + ".txt")));
        String sidecar = Files.readString(folder.resolve(saved.id() + ".json"));
        assertTrue(sidecar.contains("\"date\" : \"2021-03-05\"") && sidecar.contains("\"headline\" : \"Engineer held\""),
                sidecar);

        ArticleUpload.Saved again = ArticleUpload.parse("application/json", utf8(json)).saveInto(folder);
        assertEquals(saved.id(), again.id());
        assertFalse(again.created());
        assertEquals(List.of(saved.id() + ".json", saved.id() + ".txt"), names(folder));
    }

    @Test
    void plainTextHasNoSidecar() throws IOException {
        ArticleUpload.Saved saved = ArticleUpload.parse("text/plain", utf8(ARTICLE)).saveInto(folder);
        assertEquals(List.of(saved.id() + ".txt"), names(folder));
    }

    @Test
    void anArticleTheReaderCannotUseIsRefusedAndNothingIsSaved() throws IOException {
        ArticleUpload headerOnly = ArticleUpload.parse("text/plain", utf8("date 2021-03-05\n"));
        ApiError e = assertThrows(ApiError.class, () -> headerOnly.saveInto(folder));
        assertEquals("the article has a header but no article text", e.getMessage());
        assertEquals(List.of(), names(folder));
    }

    @Test
    void aLinkAloneIsFetchedAndSavedAsThePageWithItsSidecar() throws IOException {
        try (TestSite site = new TestSite()) {
            site.page("/kessel", "text/html", TestSite.resource("kessel.html"));
            String json = "{\"url\": \"" + site.url("/kessel") + "\"}";

            ArticleUpload.Saved saved = ArticleUpload.parse("application/json", utf8(json))
                    .saveInto(folder, new PageFetcher());
            ArticleUpload.Saved again = ArticleUpload.parse("application/json", utf8(json))
                    .saveInto(folder, new PageFetcher());

            assertTrue(saved.created());
            assertFalse(again.created());
            assertEquals(List.of(saved.id() + ".html", saved.id() + ".json"), names(folder));
            assertEquals(1, site.hits("/kessel"));
        }
    }

    @Test
    void aLinkThatCannotBeFetchedIsRefusedWithTheReasonAndNothingIsSaved() throws IOException {
        try (TestSite site = new TestSite()) {
            ArticleUpload missing = ArticleUpload.parse("application/json",
                    utf8("{\"url\": \"" + site.url("/gone") + "\"}"));
            ApiError e = assertThrows(ApiError.class, () -> missing.saveInto(folder, new PageFetcher()));
            assertEquals(422, e.status());
            assertEquals(site.url("/gone") + ": the server answered HTTP 404 (not found)", e.getMessage());
        }
        assertEquals(400, refused("application/json", utf8("{\"url\": \"file:///etc/passwd\"}")).status());
        assertEquals(List.of(), names(folder));
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}

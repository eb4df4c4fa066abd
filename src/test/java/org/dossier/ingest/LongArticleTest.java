package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article over the size limit is cut at a sentence end and named; the others are read whole. */
class LongArticleTest {

    @TempDir
    Path dir;

    @Test
    void anArticleOverTheLimitIsCutAtASentenceEndAndReportedByName() {
        StringBuilder body = new StringBuilder("March 3, 2023\n\n");
        for (int i = 0; body.length() < 300 * 1024; i++) {
            body.append("Paragraph ").append(i).append(" tells again that Ola Brand was questioned in Westhaven");
            body.append(i % 7 == 0 ? ".\n\n" : ". ");
        }
        Path big = TestFiles.write(dir, "big.txt", body.toString());
        TestFiles.write(dir, "small.txt", "March 4, 2023\n\nTomas Weld was released on Monday.\n");

        ArticleSet set = ArticleSet.read(List.of(dir));

        assertEquals(List.of("big", "small"), set.articles().stream().map(Article::id).toList());
        Article cut = set.articles().get(0);
        assertTrue(cut.body().getBytes(StandardCharsets.UTF_8).length <= 200 * 1024);
        assertTrue(cut.body().getBytes(StandardCharsets.UTF_8).length > 199 * 1024, "cut near the limit");
        assertTrue(cut.body().endsWith("Westhaven."), cut.body().substring(cut.body().length() - 40));
        assertEquals("Tomas Weld was released on Monday.", set.articles().get(1).body().strip());
        assertEquals(1, set.errors().size(), set.errors().toString());
        IngestError error = set.errors().get(0);
        assertEquals(big, error.file());
        assertTrue(error.message().startsWith(big + ": is 301 KB, over the limit of 200 KB"), error.message());
    }

    @Test
    void theLimitIsASetting() {
        TestFiles.write(dir, "a.txt", "March 4, 2023\n\nTomas Weld was released on Monday. He flew home on Tuesday.\n");
        ArticleLimits before = ArticleLimits.current();
        try {
            ArticleLimits.use(before.withMaxBytes(40));
            ArticleSet set = ArticleSet.read(List.of(dir));
            assertEquals("Tomas Weld was released on Monday.", set.articles().get(0).body());
            assertEquals(1, set.errors().size());
        } finally {
            ArticleLimits.use(before);
        }
        assertTrue(ArticleSet.read(List.of(dir)).errors().isEmpty());
    }

    @Test
    void aLongRunWithoutAnySentenceEndIsCutAtAWordBreak() {
        assertEquals("aaa bbb", LongArticles.cut("aaa bbb ccc", 9));
        assertEquals("aaaa", LongArticles.cut("aaaaaaaa", 4));
        assertEquals("\u00e9\u00e9", LongArticles.cut("\u00e9\u00e9\u00e9", 5), "never half a character");
    }
}

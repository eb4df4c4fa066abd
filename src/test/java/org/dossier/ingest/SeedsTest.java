package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's four seed articles, read as a set from a copy of {@code seeds/}. */
class SeedsTest {

    @TempDir
    Path dir;

    @Test
    void seedsAreReadWithTheirDatesOutletsAndDatelines() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, dir.resolve(seed.getFileName()));
            }
        }

        ArticleSet set = ArticleSet.read(List.of(dir));

        assertEquals(List.of(), set.errors());
        List<Article> a = set.articles();
        assertEquals(List.of("000_a173c751bc2d7b22", "001_6d3803dfeba073ab", "002_fb0175264afbf5c1",
                "003_17d79982f9839266"), a.stream().map(Article::id).toList());
        assertEquals(List.of(LocalDate.of(2022, 11, 15), LocalDate.of(2019, 12, 2), LocalDate.of(2022, 11, 15),
                LocalDate.of(2022, 2, 9)), a.stream().map(Article::date).toList());
        assertEquals(List.of(false, false, true, false), a.stream().map(Article::dateInferred).toList());
        assertEquals("UrduPoint News / Sputnik", a.get(0).outlet());
        assertEquals("UrduPoint News / Sputnik", a.get(1).outlet());
        assertEquals("TASS", a.get(2).outlet());
        assertEquals("BUTNER", a.get(0).dateline());
        assertEquals("WASHINGTON", a.get(1).dateline());
        assertEquals("BUTNER", a.get(2).dateline());
        assertEquals(null, a.get(3).dateline());
        for (Article article : a) {
            assertFalse(article.body().contains("/TASS/"), article.id());
            assertFalse(article.body().contains("(UrduPoint News"), article.id());
            assertFalse(article.body().startsWith("date"), article.id());
            assertTrue(Character.isUpperCase(article.body().charAt(0)), article.id());
        }
    }
}

package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.facts.Fact;
import org.dossier.facts.FactsDocument;
import org.dossier.ingest.Article;
import org.junit.jupiter.api.Test;

/** {@code generate --as-of}: what is known on a day, when dates are only a year or a month. */
class AsOfDateTest {

    private final AsOfDate june10 = new AsOfDate(LocalDate.of(2021, 6, 10));

    @Test
    void aFactIsAfterTheDayOnlyWhenItsEarliestPossibleDayIs() {
        assertFalse(june10.after("2021"), "2021 may be before 10 June");
        assertFalse(june10.after("2021-06"));
        assertFalse(june10.after("2021-06-10"));
        assertTrue(june10.after("2021-06-11"));
        assertTrue(june10.after("2021-07"));
        assertTrue(june10.after("2022"));
        assertFalse(june10.after(null), "an undated fact stays");
        assertFalse(june10.after("sometime"), "a date that cannot be read stays");
    }

    @Test
    void factsDatedLaterAreDroppedTheOthersKept() {
        FactsDocument doc = new FactsDocument(List.of(), List.of(),
                List.of(fact("F1", "2021-06-09"), fact("F2", "2021-06-20"), fact("F3", null), fact("F4", "2021")));
        assertEquals(List.of("F1", "F3", "F4"), june10.facts(doc).facts().stream().map(Fact::id).toList());
        assertEquals(doc, AsOfDate.NOW.facts(doc));
    }

    @Test
    void onlyArticlesPublishedByTheDayAreRead() {
        assertTrue(june10.keeps(article(LocalDate.of(2021, 6, 10))));
        assertFalse(june10.keeps(article(LocalDate.of(2021, 6, 11))));
        assertFalse(june10.keeps(article(null)), "an undated article cannot be said to have been published by then");
        assertTrue(AsOfDate.NOW.keeps(article(null)));
    }

    private static Fact fact(String id, String date) {
        return new Fact(id, "custody", "arrested", "p", null, date, null, null, null, null, null, null, List.of());
    }

    private static Article article(LocalDate date) {
        return new Article("a", "Text.", date, false, null, null, null, null, Path.of("a.txt"));
    }
}

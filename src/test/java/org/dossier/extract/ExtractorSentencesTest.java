package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.facts.Fact;
import org.junit.jupiter.api.Test;

/** The rules under {@code rules/} on short articles written for the test (CoreNLP, shared pipeline). */
class ExtractorSentencesTest {

    private static List<Fact> facts(String id, LocalDate date, String body) {
        return ArticleExtraction.extract(id, date, body).facts();
    }

    private static List<Fact> of(List<Fact> facts, String type, String kind) {
        return facts.stream().filter(f -> f.type().equals(type) && f.kind().equals(kind)).toList();
    }

    @Test
    void courtHistoryAndAnArrestToldTwice() {
        List<Fact> facts = facts("t1", LocalDate.of(2023, 5, 10),
                "Anna Petrova, a teacher from Riga, was detained in Minsk on March 3, 2021. "
                + "A court in Minsk later found her guilty of fraud and sentenced her to six years in prison. "
                + "Her appeal was rejected in May 2022. "
                + "Since her arrest, Petrova has been held in a prison in Gomel.");
        List<Fact> arrests = of(facts, "custody", "arrested");
        assertEquals(1, arrests.size(), "\"since her arrest\" only dates the stay: " + arrests);
        assertEquals("2021-03-03", arrests.get(0).date());
        assertEquals(1, of(facts, "legal", "convicted").size(), "found her guilty: " + facts);
        assertEquals("P6Y", of(facts, "legal", "sentenced").get(0).term());
        assertEquals(1, of(facts, "legal", "appeal").size(), "her appeal was rejected: " + facts);
    }

    @Test
    void anExchangeTakesThePlaceWhereItWasCarriedOut() {
        List<Fact> facts = facts("t2", LocalDate.of(2024, 8, 2),
                "John Carter, who was serving a ten-year sentence in Russia, was exchanged on Thursday "
                + "for a businessman jailed in Germany. The exchange took place at the airport in Ankara.");
        List<Fact> exchanged = of(facts, "custody", "exchanged");
        assertTrue(exchanged.stream().anyMatch(f -> "Ankara".equals(f.place())), "the exchange's place: " + exchanged);
        assertTrue(exchanged.stream().noneMatch(f -> "Germany".equals(f.place())),
                "where the other side was jailed is not where the exchange happened: " + exchanged);
        assertTrue(exchanged.stream().anyMatch(f -> "2024-08-01".equals(f.date())), "on Thursday: " + exchanged);
    }

    @Test
    void anArrestToldAsMonthsLaterIsNotDatedAfterTheArticle() {
        List<Fact> facts = facts("t3", LocalDate.of(2023, 9, 18),
                "Omar Haddad was detained in 2015 while visiting his family in Tabriz. "
                + "Months later, his brother, Karim Haddad, was detained after returning to the country.");
        List<Fact> arrests = of(facts, "custody", "arrested");
        assertTrue(arrests.stream().anyMatch(f -> f.person().equals("karim-haddad")), "the brother's arrest: " + arrests);
        assertTrue(arrests.stream().allMatch(f -> f.date() == null || f.date().compareTo("2023-09-18") <= 0),
                "no arrest after the news of it: " + arrests);
    }

    @Test
    void aYearBeforeATermIsTheDateOfTheSentence() {
        List<Fact> facts = facts("t4", LocalDate.of(2023, 9, 18),
                "Omar Haddad was detained in 2015 while visiting his family in Tabriz. "
                + "He was sentenced in 2016 to 10 years in prison for spying.");
        List<Fact> sentenced = of(facts, "legal", "sentenced");
        assertEquals(1, sentenced.size(), "the sentence: " + facts);
        assertEquals("2016", sentenced.get(0).date());
        assertEquals("P10Y", sentenced.get(0).term());
    }

    @Test
    void aDateInsideAnotherNounsPhraseDoesNotDateTheArrest() {
        List<Fact> facts = facts("t5", LocalDate.of(2021, 11, 16),
                "Karl Weiss was among dozens of reporters detained in Lanoria since a March 3 coup.");
        List<Fact> arrests = of(facts, "custody", "arrested");
        assertEquals(1, arrests.size(), "the arrest: " + facts);
        assertTrue(arrests.get(0).date() == null || !arrests.get(0).date().startsWith("2021-03"),
                "March 3 is when the coup happened: " + arrests);
    }
}

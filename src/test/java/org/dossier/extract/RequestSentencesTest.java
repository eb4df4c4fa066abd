package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.facts.Fact;
import org.junit.jupiter.api.Test;

/** Efforts and demands made for a detainee, told in the shapes news uses. */
class RequestSentencesTest {

    private static List<Fact> of(List<Fact> facts, String type, String kind, String personPart) {
        return facts.stream().filter(f -> f.type().equals(type) && f.kind().equals(kind) && f.person().contains(personPart)).toList();
    }

    @Test
    void workingHardToFreeSomeoneIsARequestNotARelease() {
        List<Fact> facts = ArticleExtraction.facts("q1", LocalDate.of(2024, 5, 8),
                "Karin Holm was arrested in Chad in 2022. The president said that Denmark was working tirelessly to free Holm.");
        assertEquals(1, of(facts, "request", "release", "holm").size(), "an effort to free her: " + facts);
        assertEquals(0, of(facts, "custody", "released", "holm").size(), "she is not free: " + facts);
    }

    @Test
    void anEffortToSecureAReleaseIsOneRequestWithTheDateOfTheAsking() {
        List<Fact> facts = ArticleExtraction.facts("q2", LocalDate.of(2024, 5, 8),
                "Karin Holm was arrested in Chad in 2019. Denmark had tried several times to secure her release, including in 2021.");
        List<Fact> requests = of(facts, "request", "release", "holm");
        assertEquals(1, requests.size(), "one effort: " + facts);
        assertEquals("2021", requests.get(0).date(), requests.toString());
    }

    @Test
    void beginningOnesOwnHungerStrikeAsksForSomething() {
        List<Fact> facts = ArticleExtraction.facts("q3", LocalDate.of(2024, 5, 8),
                "Jens Berg, who was arrested in Chad in 2019, is beginning his own hunger strike in the jail, his family said.");
        assertEquals(1, of(facts, "request", "other", "berg").size(), "a strike whose aim is not told: " + facts);
    }
}

package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void negotiationsRegardingAReleaseAreARequestNotTheRelease() {
        List<Fact> facts = ArticleExtraction.facts("q-talks", LocalDate.of(2024, 5, 8),
                "Karin Holm was detained in Chad in March. Negotiations are in progress regarding the release of the detained woman.");
        assertEquals(1, of(facts, "request", "release", "holm").size(), "talks for her release: " + facts);
        assertEquals(0, of(facts, "custody", "released", "holm").size(), "she is not free: " + facts);
    }

    @Test
    void aPardonAskedForSomeoneIsTheirRequestAndMakesThemADetainee() {
        List<Fact> facts = ArticleExtraction.facts("q-pardon", LocalDate.of(2021, 7, 8),
                "Karin Holm was jailed in Chad in 2020. Her lawyer has also requested a pardon for Jens Berg.");
        assertEquals(1, of(facts, "request", "release", "berg").size(), "the pardon is asked for him: " + facts);
        assertEquals(0, of(facts, "request", "release", "holm").size(), "not for her: " + facts);
    }

    @Test
    void meetingToNegotiateAReleaseAsksForItAndFreesNoOne() {
        List<Fact> facts = ArticleExtraction.facts("q-negotiate", LocalDate.of(2024, 7, 8),
                "Karin Holm was detained in Chad in May. The envoy met officials in a neutral country to negotiate her release.");
        assertEquals(1, of(facts, "request", "release", "holm").size(), "talks for her release: " + facts);
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

    @Test
    void representationsMadeForTheirReleaseAskForBoth() {
        List<Fact> facts = ArticleExtraction.facts("r-support", LocalDate.of(2022, 6, 9),
                "Volunteers Tom Hart and Sam Reid were captured near Donetsk in April. "
                + "The ministry said representations were being made to Moscow for their release.");
        assertEquals(1, of(facts, "request", "release", "hart").size(), facts.toString());
        assertEquals(1, of(facts, "request", "release", "reid").size(), facts.toString());
    }

    @Test
    void negotiationsOverAReleaseAskForItAndFreeNoOne() {
        List<Fact> facts = ArticleExtraction.facts("r-negotiations", LocalDate.of(2019, 10, 9),
                "Bloggers Ann Lee and Bo Lin were arrested in Tabriz in July. "
                + "The minister said the government held sensitive negotiations with Iran over Lee and Lin's release.");
        assertEquals(1, of(facts, "request", "release", "lee").size(), facts.toString());
        assertEquals(List.of(), of(facts, "custody", "released", ""), "asked, not done: " + facts);
    }

    @Test
    void healthThatDeclinedRefusesNothing() {
        List<Fact> facts = ArticleExtraction.facts("r-declined", LocalDate.of(2017, 11, 30),
                "Tom Hart, a former missionary, was jailed in Lima in 2020. On Thursday the government issued another "
                + "call for the humanitarian release of the missionary, whose health has declined since he was jailed.");
        List<Fact> asked = of(facts, "request", "release", "hart");
        assertEquals(1, asked.size(), facts.toString());
        assertEquals("open", asked.get(0).status(), "still open: " + asked);
    }

    @Test
    void pressFreedomAsksForNothing() {
        List<Fact> facts = ArticleExtraction.facts("r-press-freedom", LocalDate.of(2016, 8, 13),
                "Tom Hart was detained in Lima in May, marking a continuation of obstructions to press freedom. "
                + "His family pressed Peru to release him.");
        List<Fact> asked = of(facts, "request", "release", "hart");
        assertEquals(1, asked.size(), "only the family's: " + facts);
        assertTrue(asked.get(0).evidence().get(0).quote().startsWith("His family"), asked.toString());
    }

    @Test
    void expectingAStateToFreeSomeoneAsksItToOnTheDayItIsSaid() {
        List<Fact> facts = ArticleExtraction.facts("q40", LocalDate.of(2024, 5, 10),
                "Tom Ash was detained in Lima on Monday. \"We expect Peru to immediately release him,\" Chile's foreign "
                + "minister Bo Lin told reporters on Tuesday. Analysts said Ash is expected to be freed soon.");
        List<Fact> requests = of(facts, "request", "release", "ash");
        assertEquals(1, requests.size(), "the minister's demand, and no forecast: " + facts);
        assertEquals("2024-05-07", requests.get(0).date(), "made as it was said: " + requests);
    }

    @Test
    void expectingSomethingNoRequestNamesLeavesTheRemarkAStatement() {
        List<Fact> facts = ArticleExtraction.facts("q41", LocalDate.of(2024, 5, 10),
                "Tom Ash was detained in Lima on Monday. \"He has done nothing wrong, and we expect Peru to respect his "
                + "rights,\" his family said in a statement on Tuesday.");
        assertEquals(1, of(facts, "diplomatic", "statement", "ash").size(), facts.toString());
    }

    @Test
    void anAttemptToFreeSomeoneThatFellApartIsARequestRefusedNotARelease() {
        List<Fact> facts = ArticleExtraction.facts("q42", LocalDate.of(2024, 5, 10),
                "Tom Ash was freed on Monday after five years in a Lima jail. His family said they were relieved, after a "
                + "previous attempt to free him fell apart in 2020.");
        List<Fact> requests = of(facts, "request", "release", "ash");
        assertEquals(1, requests.size(), facts.toString());
        assertEquals("refused", requests.get(0).status(), requests.toString());
        assertEquals("2020", requests.get(0).date(), requests.toString());
        assertTrue(of(facts, "custody", "released", "ash").stream().noneMatch(f -> "2020".equals(f.date())),
                "no release in 2020: " + facts);
    }

    @Test
    void aRequestTheCaptorsWillNotHeedIsRefused() {
        List<Fact> facts = ArticleExtraction.facts("q43", LocalDate.of(2024, 6, 20),
                "Tom Ash was detained in Lima in June. The militia holding him said it would not heed the government's "
                + "request to release Ash before questioning him.");
        List<Fact> requests = of(facts, "request", "release", "ash");
        assertEquals(1, requests.size(), facts.toString());
        assertEquals("refused", requests.get(0).status(), requests.toString());
    }
}

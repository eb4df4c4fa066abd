package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private static LexiconEntry entry(String phrase, String... labels) {
        return new LexiconEntry("triggers", List.of(phrase.split(" ")), List.of(labels), "test.csv", 1);
    }

    private static List<PhraseMatch> find(List<LexiconEntry> entries, String... specs) {
        return new PhraseMatcher(entries).find("a", Tokens.sentence(0, specs));
    }

    @Test
    void wildcardSkipsWordsThatAreNotPartOfThePhrase() {
        List<PhraseMatch> m = find(List.of(entry("find * guilty", "legal", "convicted")),
                "The", "court", "found|find", "him|he", "guilty", ".");
        assertEquals(1, m.size());
        PhraseMatch found = m.get(0);
        assertTrue(found.covers(2));
        assertFalse(found.covers(3), "the person a wildcard passes over stays outside the phrase");
        assertTrue(found.covers(4));
        assertEquals(List.of(3), found.skipped());
    }

    @Test
    void wildcardCountsWordsNotTokens() {
        List<LexiconEntry> serve = List.of(entry("serve * term", "custody", "held"));
        assertEquals(1, find(serve, "serving|serve", "a", "nine", "-", "year", "prison", "term").size(),
                "\"a nine-year prison\" is three words of five tokens");
        assertEquals(0, find(serve, "serving|serve", "a", "very", "long", "and", "harsh", "term").size(),
                "five words are more than a wildcard skips");
    }

    @Test
    void longestPhraseOfALexiconWinsAtAPosition() {
        List<PhraseMatch> m = find(List.of(entry("appeal", "legal", "appeal"), entry("appeal to", "request")),
                "She", "appealed|appeal", "to", "the", "president");
        assertEquals(1, m.size());
        assertEquals("request", m.get(0).label());
    }

    @Test
    void aMonthNameIsNoLexiconWord() {
        List<LexiconEntry> may = List.of(new LexiconEntry("cues", List.of("may"), List.of("hypothetical"), "cues.csv", 1));
        assertEquals(0, new PhraseMatcher(may).find("a", new org.dossier.nlp.Sentence(0, "in May",
                List.of(new org.dossier.nlp.Token(0, "in", "in", "IN", "O", null, 0, 2),
                        new org.dossier.nlp.Token(1, "May", "May", "NNP", "DATE", "2022-05", 3, 6)), List.of())).size());
        assertEquals(1, find(may, "it", "may", "rain").size());
    }
}

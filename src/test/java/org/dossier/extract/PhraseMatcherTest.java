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

    /** The README and the trigger lexicon tell analysts how far {@code *} reaches: it must be so. */
    @Test
    void theWordsAWildcardSkipsAreAsTheReadmeAndTheLexiconSay() throws java.io.IOException {
        List<String> numbers = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight");
        java.util.regex.Pattern said = java.util.regex.Pattern.compile("`?\\*`? (?:stands for|skips) up to (\\w+) words");
        for (java.nio.file.Path doc : List.of(java.nio.file.Path.of("README.md"), java.nio.file.Path.of("rules/lexicon/triggers.csv"))) {
            java.util.regex.Matcher m = said.matcher(java.nio.file.Files.readString(doc));
            assertTrue(m.find(), doc + " says how many words * skips");
            int n = numbers.indexOf(m.group(1));
            List<LexiconEntry> phrase = List.of(entry("serve * term", "custody", "held"));
            String[] fits = new String[n + 2];
            String[] over = new String[n + 3];
            fits[0] = over[0] = "serving|serve";
            for (int i = 1; i <= n + 1; i++) {
                over[i] = "word" + i;
                if (i <= n) {
                    fits[i] = "word" + i;
                }
            }
            fits[n + 1] = "term";
            over[n + 2] = "term";
            assertEquals(1, find(phrase, fits).size(), doc + ": " + n + " words are skipped");
            assertEquals(0, find(phrase, over).size(), doc + ": " + (n + 1) + " words are not");
        }
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

    @Test
    void aPhraseInsideALongerOneOfTheSameKindIsPartOfIt() {
        List<LexiconEntry> entries = List.of(entry("arrest", "custody", "arrested"),
                entry("under * house arrest", "custody", "held"), entry("serve * sentence", "custody", "held"),
                entry("sentence", "legal", "sentenced"));
        List<PhraseMatch> m = find(entries, "held|hold", "under", "house", "arrest");
        assertEquals(List.of("held"), m.stream().map(PhraseMatch::label2).toList(), "house arrest is no arrest: " + m);
        List<PhraseMatch> serving = find(entries, "serving|serve", "a", "long", "sentence");
        assertEquals(2, serving.size(), "a sentence served still tells of the sentencing: " + serving);
    }

    @Test
    void wildcardNeverSkipsTheVerbsOwnParticle() {
        List<LexiconEntry> handTo = List.of(entry("hand * to", "custody", "extradited"));
        org.dossier.nlp.Sentence downTo = Tokens.sentence(0, "a", "sentence", "handed|hand|||VBN", "down|down|||RP", "to", "him");
        org.dossier.nlp.Sentence parsed = new org.dossier.nlp.Sentence(0, downTo.text(), downTo.tokens(),
                List.of(new org.dossier.nlp.Dependency("compound:prt", 2, 3)));
        assertEquals(0, new PhraseMatcher(handTo).find("a", parsed).size(), "a sentence handed down is passed, not handed over");
        assertEquals(1, find(handTo, "they", "handed|hand|||VBD", "him|he", "to", "Peru").size(), "a person skipped is no particle");
    }
}

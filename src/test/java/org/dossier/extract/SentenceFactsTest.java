package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;
import org.junit.jupiter.api.Test;

/** How a trigger is linked to a person when the parser's tree is not the obvious one (trees written by hand). */
class SentenceFactsTest {

    @Test
    void theNameBeforeARelativePronounIsItsAntecedentWhateverNounTheClauseHangsOn() {
        // "The wife of Ann Lee , who is serving a sentence": the parser hangs the clause on "wife"
        SentenceSyntax syntax = syntax(
                List.of("The", "wife", "of", "Ann", "Lee", ",", "who", "is", "serving", "a", "sentence"),
                List.of("DT", "NN", "IN", "NNP", "NNP", ",", "WP", "VBZ", "VBG", "DT", "NN"),
                List.of(dep("det", 1, 0), dep("nmod:of", 1, 4), dep("case", 4, 2), dep("compound", 4, 3),
                        dep("punct", 1, 5), dep("ref", 1, 6), dep("acl:relcl", 1, 8), dep("nsubj", 8, 1),
                        dep("aux", 8, 7), dep("obj", 8, 10), dep("det", 10, 9)));
        PhraseMatch serving = match(8, 11, 8);
        assertEquals("nsubj", SentenceFacts.relation(syntax, serving, 4));
    }

    @Test
    void aParticipleHungOnANameSaysWhatHappensToThePerson() {
        // "jailed reporter Ann Lee": "jailed" modifies the name
        SentenceSyntax syntax = syntax(List.of("jailed", "reporter", "Ann", "Lee"),
                List.of("VBN", "NN", "NNP", "NNP"),
                List.of(dep("amod", 3, 0), dep("compound", 3, 1), dep("compound", 3, 2)));
        assertEquals("nsubj:pass", SentenceFacts.relation(syntax, match(0, 1, 0), 3));
    }

    @Test
    void aTitleTheNameGovernsIsLinkedByItsRelation() {
        SentenceSyntax syntax = syntax(List.of("Ambassador", "Ann", "Lee"), List.of("NNP", "NNP", "NNP"),
                List.of(dep("compound", 2, 0), dep("compound", 2, 1)));
        assertEquals("compound", SentenceFacts.relation(syntax, match(0, 1, 0), 2));
    }

    @Test
    void aNameTheParserHungOnTheNextOneAcrossAndIsStillInTheList() {
        // "Captains Ivo Marek and Tom Hrad were detained": the parser made "Marek" part of "Hrad"'s name
        SentenceSyntax syntax = syntax(
                List.of("Captains", "Ivo", "Marek", "and", "Tom", "Hrad", "were", "detained"),
                List.of("NNS", "NNP", "NNP", "CC", "NNP", "NNP", "VBD", "VBN"),
                List.of(dep("compound", 5, 0), dep("compound", 5, 2), dep("compound", 2, 1), dep("conj:and", 2, 4),
                        dep("cc", 4, 3), dep("compound", 5, 4), dep("nsubj:pass", 7, 5), dep("aux:pass", 7, 6)));
        PhraseMatch detained = match(7, 8, 7);
        assertEquals("nsubj:pass", SentenceFacts.relation(syntax, detained, 2), "Marek was detained too");
        assertEquals("nsubj:pass", SentenceFacts.relation(syntax, detained, 5));
    }

    @Test
    void aNameThatIsPartOfTheNextWithoutAndIsNoListOfTwo() {
        // "Ambassador Ann Lee visited": the title before the name is beside it, not a second person
        SentenceSyntax syntax = syntax(List.of("Ambassador", "Ann", "Lee", "visited"), List.of("NNP", "NNP", "NNP", "VBD"),
                List.of(dep("compound", 2, 0), dep("compound", 2, 1), dep("nsubj", 3, 2)));
        assertNotEquals("nsubj", SentenceFacts.relation(syntax, match(3, 4, 3), 0));
    }

    private static PhraseMatch match(int start, int end, int head) {
        return new PhraseMatch("a", 0, start, end, head, "triggers", "custody", "held", "x");
    }

    private static Dependency dep(String relation, int governor, int dependent) {
        return new Dependency(relation, governor, dependent);
    }

    private static SentenceSyntax syntax(List<String> words, List<String> tags, List<Dependency> deps) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < words.size(); i++) {
            tokens.add(new Token(i, words.get(i), words.get(i).toLowerCase(), tags.get(i), "O", null, offset,
                    offset + words.get(i).length()));
            offset += words.get(i).length() + 1;
        }
        return new SentenceSyntax(new Sentence(0, String.join(" ", words), tokens, deps));
    }
}

package org.dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;

class NationalAsNounTest {

    private static List<CoreLabel> tagged(String text, String... wordTags) {
        Annotation doc = new Annotation(text);
        edu.stanford.nlp.util.CoreMap sentence = new edu.stanford.nlp.util.ArrayCoreMap();
        List<CoreLabel> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < wordTags.length; i += 2) {
            CoreLabel t = new CoreLabel();
            t.setWord(wordTags[i]);
            t.setTag(wordTags[i + 1]);
            tokens.add(t);
        }
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        new NationalAsNoun().annotate(doc);
        return tokens;
    }

    @Test
    void aNationalAfterANationalityIsAPerson() {
        assertEquals("NN", tagged("a French national jailed", "a", "DT", "French", "JJ", "national", "JJ", "jailed", "VBN")
                .get(2).tag());
        assertEquals("NNS", tagged("two US nationals", "two", "CD", "US", "NNP", "nationals", "JJ").get(2).tag());
    }

    @Test
    void nationalBeforeANounStaysAnAdjective() {
        assertEquals("JJ", tagged("the French national team", "the", "DT", "French", "JJ", "national", "JJ", "team", "NN")
                .get(2).tag());
    }
}

package org.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Corrects one tag before the words are parsed: "national" ending a noun phrase ("a French
 * national", "two British nationals jailed in Iran") is a noun, a person, though the tagger
 * reads it as the adjective of "a national team". Left an adjective, it hangs the phrase on the
 * next verb and the parse of the whole sentence goes wrong. Runs between the tagger and the
 * lemmatiser.
 */
final class NationalAsNoun implements Annotator {

    @Override
    public void annotate(Annotation annotation) {
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                String word = t.word().toLowerCase(Locale.ROOT);
                boolean nounFollows = i + 1 < tokens.size() && tokens.get(i + 1).tag().startsWith("NN");
                if ((word.equals("national") || word.equals("nationals")) && t.tag().startsWith("JJ") && !nounFollows
                        && isNationality(tokens.get(i - 1))) {
                    t.setTag(word.endsWith("s") ? "NNS" : "NN");
                }
            }
        }
    }

    /** "French", "US", "South Korean": an adjective or a proper noun right before it. */
    private static boolean isNationality(CoreLabel before) {
        return before.tag().equals("JJ") || before.tag().equals("NNP");
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class);
    }
}

package org.dossier.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Gives SUTime only the sentences that could hold a time expression ({@link TemporalWords}).
 * SUTime tries each of its several hundred patterns at every token of every sentence, which was
 * 40-45% of all annotation time; about a third of news sentences have no date-like word at all,
 * and for those it finds nothing anyway.
 *
 * <p>CoreNLP has no setting for this: the filter replaces the time expression extractor inside
 * the NER annotator's number classifier (fields of CoreNLP 4.5.10, checked when installed, and
 * a test compares annotations with and without the filter).
 */
final class TemporalSentenceFilter implements TimeExpressionExtractor {

    private final TimeExpressionExtractor sutime;

    private TemporalSentenceFilter(TimeExpressionExtractor sutime) {
        this.sutime = sutime;
    }

    /** Wraps the SUTime of {@code ner}; fails loudly if CoreNLP's insides are not what this expects. */
    static void install(NERCombinerAnnotator ner) {
        try {
            Object combiner = field(NERCombinerAnnotator.class, "ner").get(ner);
            Object numbers = field(NERClassifierCombiner.class, "nsc").get(combiner);
            if (!(numbers instanceof NumberSequenceClassifier)) {
                throw new IllegalStateException("unexpected number classifier " + numbers);
            }
            Field extractor = field(NumberSequenceClassifier.class, "timexExtractor");
            Object sutime = extractor.get(numbers);
            if (sutime instanceof TimeExpressionExtractor t && !(sutime instanceof TemporalSentenceFilter)) {
                extractor.set(numbers, new TemporalSentenceFilter(t));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot install the SUTime sentence filter in this CoreNLP version", e);
        }
    }

    /** Whether {@code ner}'s SUTime is filtered. */
    static boolean installedIn(NERCombinerAnnotator ner) {
        try {
            Object combiner = field(NERCombinerAnnotator.class, "ner").get(ner);
            Object numbers = field(NERClassifierCombiner.class, "nsc").get(combiner);
            return field(NumberSequenceClassifier.class, "timexExtractor").get(numbers) instanceof TemporalSentenceFilter;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        return mayHoldTime(sentence) ? sutime.extractTimeExpressionCoreMaps(sentence, document) : new ArrayList<>();
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String docDate) {
        return mayHoldTime(sentence) ? sutime.extractTimeExpressionCoreMaps(sentence, docDate) : new ArrayList<>();
    }

    private static boolean mayHoldTime(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null || TemporalWords.anyIn(tokens.stream().map(CoreLabel::word).toList());
    }

    @Override
    public void init(String name, Properties props) {
        sutime.init(name, props);
    }

    @Override
    public void init(Options options) {
        sutime.init(options);
    }

    @Override
    public void finalize(CoreMap document) {
        sutime.finalize(document);
    }
}

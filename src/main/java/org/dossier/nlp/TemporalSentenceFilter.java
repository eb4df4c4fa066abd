package org.dossier.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Gives SUTime only the parts of a sentence that could hold a time expression: the stretches
 * of tokens within {@link #REACH} tokens of a temporal word ({@link TemporalWords}), or nothing
 * when a sentence has none. SUTime tries each of its several hundred patterns at every token,
 * which was 40-45% of all annotation time; about a third of news sentences have no temporal
 * word, and in the rest most tokens are far from one. A time expression is a temporal word with
 * a few modifiers around it ("the end of last month"), so it lies wholly inside a stretch.
 *
 * <p>CoreNLP has no setting for this: the filter replaces the time expression extractor inside
 * the NER annotator's number classifier (fields of CoreNLP 4.5.10, checked when installed, and
 * a test compares annotations with and without the filter).
 */
final class TemporalSentenceFilter implements TimeExpressionExtractor {

    /** Tokens kept on each side of a temporal word; stretches closer than this are joined. */
    static final int REACH = 6;

    private static final Field TIMEX_EXTRACTOR = timexExtractorField();

    private final TimeExpressionExtractor sutime;

    TemporalSentenceFilter(TimeExpressionExtractor sutime) {
        this.sutime = sutime;
    }

    /** Wraps the SUTime of {@code ner}; fails loudly if CoreNLP's insides are not what this expects. */
    static void install(NERCombinerAnnotator ner) {
        try {
            Object numbers = numberClassifier(ner);
            Object sutime = TIMEX_EXTRACTOR.get(numbers);
            if (sutime instanceof TimeExpressionExtractor t && !(sutime instanceof TemporalSentenceFilter)) {
                TIMEX_EXTRACTOR.set(numbers, new TemporalSentenceFilter(t));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot install the SUTime sentence filter in this CoreNLP version", e);
        }
    }

    /** Whether {@code ner}'s SUTime is filtered. */
    static boolean installedIn(NERCombinerAnnotator ner) {
        try {
            return TIMEX_EXTRACTOR.get(numberClassifier(ner)) instanceof TemporalSentenceFilter;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The number classifier inside the NER annotator, which holds SUTime. */
    private static NumberSequenceClassifier numberClassifier(NERCombinerAnnotator ner)
            throws ReflectiveOperationException {
        Object combiner = field(NERCombinerAnnotator.class, "ner").get(ner);
        Object numbers = field(NERClassifierCombiner.class, "nsc").get(combiner);
        if (!(numbers instanceof NumberSequenceClassifier n)) {
            throw new IllegalStateException("unexpected number classifier " + numbers);
        }
        return n;
    }

    private static Field timexExtractorField() {
        try {
            return field(NumberSequenceClassifier.class, "timexExtractor");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's number classifier has no SUTime field", e);
        }
    }

    private static Field field(Class<?> owner, String name) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        String text = sentence.get(CoreAnnotations.TextAnnotation.class);
        Integer charBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        if (tokens == null || text == null || charBegin == null || tokenBegin == null) {
            return sutime.extractTimeExpressionCoreMaps(sentence, document);
        }
        List<Stretch> stretches = stretches(tokens);
        if (stretches.size() == 1 && stretches.get(0).length() == tokens.size()) {
            return sutime.extractTimeExpressionCoreMaps(sentence, document);
        }
        List<CoreMap> times = new ArrayList<>();
        List<CoreMap> numbers = new ArrayList<>();
        for (Stretch stretch : stretches) {
            CoreMap part = part(tokens, text, charBegin, tokenBegin, stretch);
            List<CoreMap> found = sutime.extractTimeExpressionCoreMaps(part, document);
            if (found != null) {
                times.addAll(found);
            }
            List<CoreMap> numbered = part.get(CoreAnnotations.NumerizedTokensAnnotation.class);
            if (numbered != null) {
                numbers.addAll(numbered);
            }
        }
        // SUTime leaves the numbers it found on the sentence, where the NER combiner reads them.
        sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, numbers);
        return times;
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String docDate) {
        Annotation document = new Annotation("");
        document.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        return extractTimeExpressionCoreMaps(sentence, document);
    }

    /** A run of tokens [begin, end) of a sentence. */
    record Stretch(int begin, int end) {
        int length() {
            return end - begin;
        }
    }

    /** The stretches of tokens within {@link #REACH} of a temporal word, joined where they meet. */
    static List<Stretch> stretches(List<CoreLabel> tokens) {
        List<Stretch> stretches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!TemporalWords.couldBeTemporal(tokens.get(i).word())) {
                continue;
            }
            int begin = Math.max(0, i - REACH);
            int end = Math.min(tokens.size(), i + REACH + 1);
            Stretch last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && begin <= last.end() + REACH) {
                stretches.set(stretches.size() - 1, new Stretch(last.begin(), end));
            } else {
                stretches.add(new Stretch(begin, end));
            }
        }
        return stretches;
    }

    /** The stretch as a sentence of its own, with offsets that still point into the document. */
    private static CoreMap part(List<CoreLabel> tokens, String text, int charBegin, int tokenBegin, Stretch s) {
        int from = tokens.get(s.begin()).beginPosition();
        int to = tokens.get(s.end() - 1).endPosition();
        Annotation part = new Annotation(text.substring(from - charBegin, to - charBegin));
        part.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(s.begin(), s.end()));
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, from);
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, to);
        part.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + s.begin());
        part.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + s.end());
        return part;
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

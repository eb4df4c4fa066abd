package org.dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SUTime sees only the stretches of sentences near a temporal word; these tests check that it
 * finds there exactly what it finds in whole sentences.
 */
class TemporalSentenceFilterTest {

    /** Time expressions of the kinds news about detentions use, some without a digit. */
    private static final List<String> SENTENCES = List.of(
            "His mother, who is in her nineties, has written to the president.",
            "He was arrested on Tuesday and held overnight.",
            "The consul visited him last week and again this morning.",
            "The trial is due to resume in the spring.",
            "She has been held for a fortnight without charge.",
            "He spent Christmas in a cell in Lefortovo.",
            "The court will rule next month, his lawyer said.",
            "He was sentenced to nine years in a penal colony.",
            "He has been in custody since mid-November.",
            "Officials met twice, most recently on Sept. 3.",
            "Until now, no diplomat has been allowed to see him.",
            "The hearing lasted three hours.",
            "He was moved at midnight to a prison in the east.",
            "Relatives have not heard from him for several months.",
            "Negotiations began in the late 1990s.",
            "He was detained the day before yesterday.");

    @Test
    void filteredSutimeFindsWhatSutimeFindsInWholeSentences() throws IOException {
        List<String> texts = new ArrayList<>(SENTENCES);
        texts.addAll(seedTexts());
        TimeExpressionExtractor plain = TimeExpressionExtractorFactory.createExtractor("sutime", new Properties());
        TimeExpressionExtractor filtered = new TemporalSentenceFilter(plain);
        int found = 0;
        for (String text : texts) {
            List<String> expected = times(plain, text);
            assertEquals(expected, times(filtered, text), text);
            found += expected.size();
        }
        assertTrue(found >= SENTENCES.size(), "SUTime found " + found + " time expressions");
    }

    @Test
    void stretchesReachAroundTemporalWordsAndJoinWhenClose() {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String w : ("a b c d e f g h i j k 2019 l m n o p q r s t u v w x y z aa bb cc dd ee ff gg "
                + "Monday hh").split(" ")) {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            tokens.add(t);
        }
        int r = TemporalSentenceFilter.REACH;
        assertEquals(List.of(new TemporalSentenceFilter.Stretch(11 - r, 11 + r + 1),
                new TemporalSentenceFilter.Stretch(34 - r, 36)), TemporalSentenceFilter.stretches(tokens));
        assertEquals(List.of(), TemporalSentenceFilter.stretches(tokens.subList(0, 3)));
    }

    /** Each time expression SUTime finds in the text, as "tokenBegin-tokenEnd type value". */
    private static List<String> times(TimeExpressionExtractor sutime, String text) {
        Annotation doc = CoreNlpPipeline.shared().tokensAndTags(text);
        doc.set(CoreAnnotations.DocDateAnnotation.class, LocalDate.of(2022, 11, 15).toString());
        List<String> times = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreMap t : sutime.extractTimeExpressionCoreMaps(sentence, doc)) {
                Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
                times.add(t.get(CoreAnnotations.TokenBeginAnnotation.class) + "-"
                        + t.get(CoreAnnotations.TokenEndAnnotation.class) + " " + timex.timexType() + " "
                        + timex.value() + " " + t.get(CoreAnnotations.TextAnnotation.class));
            }
        }
        return times;
    }

    @Test
    void wordsWithoutTimeAreHeldBack() {
        assertFalse(TemporalWords.anyIn(List.of("The", "embassy", "called", "for", "his", "release", ".")));
        assertFalse(TemporalWords.couldBeTemporal("Lefortovo"));
        assertTrue(TemporalWords.couldBeTemporal("Tuesday's"));
        assertTrue(TemporalWords.couldBeTemporal("mid-November"));
        assertTrue(TemporalWords.couldBeTemporal("nineties"));
        assertTrue(TemporalWords.couldBeTemporal("2019"));
        assertTrue(TemporalWords.couldBeTemporal("years"));
    }

    @Test
    void theSharedPipelineUsesTheFilterAndStillFindsDates() {
        assertTrue(CoreNlpPipeline.shared().sutimeFiltered());
        List<Sentence> sentences = CoreNlpPipeline.shared().annotate(
                "The embassy called for his release. He was detained on Tuesday.", LocalDate.of(2022, 11, 17));
        assertEquals("2022-11-15", sentences.get(1).tokens().stream().filter(t -> t.word().equals("Tuesday"))
                .findFirst().orElseThrow().normalized());
        assertTrue(sentences.get(0).tokens().stream().allMatch(t -> t.normalized() == null));
    }

    private static List<String> seedTexts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            List<String> texts = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
            return texts;
        }
    }
}

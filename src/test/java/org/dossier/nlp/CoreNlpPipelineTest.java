package org.dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.ingest.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreNlpPipelineTest {

    private static final String TEXT = "The envoy visited the prisoner on Monday. "
            + "He was detained in Lisbon two days ago and will be sentenced tomorrow.";

    @Test
    void splitsSentencesAndResolvesRelativeDatesAgainstTheArticleDate() {
        List<Sentence> sentences = CoreNlpPipeline.shared().annotate(TEXT, LocalDate.of(2022, 11, 15));
        assertEquals(2, sentences.size());
        assertEquals("He was detained in Lisbon two days ago and will be sentenced tomorrow.", sentences.get(1).text());
        Token detained = token(sentences.get(1), "detained");
        assertEquals("detain", detained.lemma());
        assertEquals("LOCATION", token(sentences.get(1), "Lisbon").ner());
        assertEquals("2022-11-13", token(sentences.get(1), "ago").normalized());
        assertEquals("2022-11-16", token(sentences.get(1), "tomorrow").normalized());
        assertFalse(sentences.get(0).dependencies().isEmpty());
    }

    @Test
    void cachedAnnotationsSkipThePipeline(@TempDir Path dir) {
        Article article = new Article("a1", TEXT, LocalDate.of(2022, 11, 15), false, null, null, null, null, null);
        int[] loads = {0};
        ArticleAnnotator first = new ArticleAnnotator(new AnnotationCache(dir), () -> {
            loads[0]++;
            return CoreNlpPipeline.shared();
        });
        AnnotatedArticle annotated = first.annotate(article);
        ArticleAnnotator second = new ArticleAnnotator(new AnnotationCache(dir), () -> {
            throw new AssertionError("the pipeline must not load when everything is cached");
        });
        AnnotatedArticle cached = second.annotate(article);
        assertEquals(1, loads[0]);
        assertEquals(annotated.sentences(), cached.sentences());
        assertFalse(second.pipelineLoaded());
        assertTrue(second.cachedCount() == 1);
    }

    @Test
    void aChangedTextOrDateMissesTheCache() {
        String key = AnnotationCache.key(TEXT, LocalDate.of(2022, 11, 15), CoreNlpPipeline.SETTINGS);
        assertFalse(key.equals(AnnotationCache.key(TEXT + " ", LocalDate.of(2022, 11, 15), CoreNlpPipeline.SETTINGS)));
        assertFalse(key.equals(AnnotationCache.key(TEXT, LocalDate.of(2022, 11, 16), CoreNlpPipeline.SETTINGS)));
    }

    private static Token token(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
    }
}

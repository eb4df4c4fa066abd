package org.dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dossier.ingest.Article;
import org.dossier.ingest.ArticleLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotation has bounds: a time per article, a sentence length, and progress on the terminal. */
class AnnotationLimitsTest {

    @TempDir
    Path dir;

    /** Stands in for CoreNLP: one sentence per article, except "stuck", which never ends until interrupted. */
    private static final class StuckOnOne implements TextAnnotator {
        final CountDownLatch interrupted = new CountDownLatch(1);

        @Override
        public List<Sentence> annotate(String body, LocalDate date) {
            if (body.contains("stuck")) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw new IllegalStateException("interrupted");
                }
            }
            return List.of(new Sentence(0, body, List.of(), List.of()));
        }
    }

    private static Article article(String id, String body) {
        return new Article(id, body, LocalDate.of(2023, 1, 2), false, null, null, null, null,
                Path.of("in", id + ".txt"));
    }

    @Test
    void anArticleOverTheTimeLimitIsNamedAndLeftOutWhileTheOthersGoOn() throws Exception {
        StuckOnOne nlp = new StuckOnOne();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        ArticleAnnotator annotator = new ArticleAnnotator(new AnnotationCache(dir), () -> nlp, 2, Duration.ZERO,
                new PrintStream(progress, true, StandardCharsets.UTF_8));
        ArticleLimits before = ArticleLimits.current();
        ArticleAnnotator.Annotations result;
        try {
            ArticleLimits.use(before.withAnnotateTime(Duration.ofMillis(300)));
            result = annotator.annotateEach(List.of(article("a", "first text"), article("b", "this one is stuck"),
                    article("c", "third text")));
        } finally {
            ArticleLimits.use(before);
        }
        assertEquals(List.of("a", "c"), result.articles().stream().map(x -> x.article().id()).toList());
        assertEquals(1, result.errors().size());
        String message = result.errors().get(0).message();
        assertTrue(message.startsWith(Path.of("in", "b.txt") + ": annotating it took more than"), message);
        assertTrue(nlp.interrupted.await(5, TimeUnit.SECONDS), "the stuck annotation is stopped, not left running");
        String lines = progress.toString(StandardCharsets.UTF_8);
        assertTrue(lines.contains("annotating: 3/3 articles"), lines);
    }

    @Test
    void noProgressIsPrintedForAQuickRun() {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        ArticleAnnotator annotator = new ArticleAnnotator(new AnnotationCache(dir), StuckOnOne::new, 1,
                Duration.ofHours(1), new PrintStream(progress, true, StandardCharsets.UTF_8));
        annotator.annotateEach(List.of(article("a", "first text"), article("c", "third text")));
        assertEquals("", progress.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSentenceOfThousandsOfWordsIsNotTaggedOrParsedAndTheNextOneIs() {
        StringBuilder list = new StringBuilder("The names read out were");
        for (int i = 0; i < 600; i++) {
            list.append(" Name").append(i).append(',');
        }
        String text = list + " and others. The envoy visited the prisoner on Monday.";
        List<Sentence> sentences = CoreNlpPipeline.shared().annotate(text, LocalDate.of(2022, 11, 15));
        assertEquals(2, sentences.size());
        assertTrue(sentences.get(0).tokens().size() > CoreNlpPipeline.MAX_SENTENCE_TOKENS);
        assertTrue(sentences.get(0).dependencies().isEmpty(), "the long sentence is not parsed");
        assertTrue(sentences.get(0).tokens().stream().noneMatch(t -> "PERSON".equals(t.ner())), "nor recognised");
        assertTrue(!sentences.get(1).dependencies().isEmpty());
        assertEquals("2022-11-14", sentences.get(1).tokens().stream().filter(t -> t.word().equals("Monday"))
                .findFirst().orElseThrow().normalized());
    }
}

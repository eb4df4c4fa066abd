package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.ingest.Article;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.AnnotationCache;
import org.dossier.nlp.ArticleAnnotator;
import org.dossier.nlp.CoreNlpPipeline;
import org.dossier.nlp.Sentence;

/**
 * Step 1: how long the CoreNLP pipeline takes to load, and how many tokens per second it
 * annotates once the JVM is warm (the articles are annotated six times; the median of the
 * last three passes is the warm figure).
 * The annotations are then stored in the cache so that the later steps find them.
 */
public final class AnnotationBench {

    /** Untimed passes after the first, until the JIT and the parser's cache settle. */
    static final int WARMUP_PASSES = 2;
    /** Passes timed after those; the median is reported. */
    static final int WARM_PASSES = 3;

    /** What step 1 measured, and the annotated articles. */
    public record Result(double loadSeconds, long tokens, double warmSeconds, double coldSeconds,
                         List<AnnotatedArticle> articles) {
        public double tokensPerSecond() {
            return tokens / warmSeconds;
        }
    }

    private AnnotationBench() {
    }

    public static Result run(List<Article> articles, AnnotationCache cache) throws IOException {
        long start = System.nanoTime();
        CoreNlpPipeline pipeline = CoreNlpPipeline.shared();
        double load = (System.nanoTime() - start) / 1e9;
        Path scratch = Files.createTempDirectory("dossier-bench-annotations");
        try {
            // Each pass annotates every article afresh (an empty cache of its own), on the
            // threads the pipeline uses in production.
            start = System.nanoTime();
            List<AnnotatedArticle> annotated = new ArticleAnnotator(new AnnotationCache(scratch.resolve("1")),
                    () -> pipeline).annotateAll(articles);
            double cold = (System.nanoTime() - start) / 1e9;
            // Warm: the JIT has compiled the hot paths and the parser's cache of products is filled,
            // as in a long generate or a server; the median of the later passes.
            Samples warm = new Samples();
            for (int pass = 2; pass <= 1 + WARMUP_PASSES + WARM_PASSES; pass++) {
                start = System.nanoTime();
                new ArticleAnnotator(new AnnotationCache(scratch.resolve(Integer.toString(pass))), () -> pipeline)
                        .annotateAll(articles);
                if (pass > 1 + WARMUP_PASSES) {
                    warm.add((System.nanoTime() - start) / 1e9);
                }
            }
            // The first pass is what a fresh generate computes, so it is what goes into the cache:
            // SUTime can resolve a weekday differently when a pipeline sees a text a second time.
            long tokens = 0;
            for (AnnotatedArticle a : annotated) {
                tokens += tokens(a.sentences());
                cache.put(AnnotationCache.key(a.article().body(), a.article().date(), CoreNlpPipeline.SETTINGS),
                        a.sentences());
            }
            return new Result(load, tokens, warm.median(), cold, annotated);
        } finally {
            RulesEdit.deleteTree(scratch);
        }
    }

    static long tokens(List<Sentence> sentences) {
        return sentences.stream().mapToLong(s -> s.tokens().size()).sum();
    }
}

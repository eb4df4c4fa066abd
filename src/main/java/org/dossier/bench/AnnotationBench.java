package org.dossier.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.Article;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.AnnotationCache;
import org.dossier.nlp.CoreNlpPipeline;
import org.dossier.nlp.Sentence;

/**
 * Step 1: how long the CoreNLP pipeline takes to load, and how many tokens per second it
 * annotates once the JVM is warm (the articles are annotated twice; the second pass is timed).
 * The annotations are then stored in the cache so that the later steps find them.
 */
public final class AnnotationBench {

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
        start = System.nanoTime();
        annotateAll(pipeline, articles);
        double cold = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        List<AnnotatedArticle> annotated = annotateAll(pipeline, articles);
        double warm = (System.nanoTime() - start) / 1e9;
        long tokens = 0;
        for (AnnotatedArticle a : annotated) {
            tokens += tokens(a.sentences());
            cache.put(AnnotationCache.key(a.article().body(), a.article().date(), CoreNlpPipeline.SETTINGS),
                    a.sentences());
        }
        return new Result(load, tokens, warm, cold, annotated);
    }

    static List<AnnotatedArticle> annotateAll(CoreNlpPipeline pipeline, List<Article> articles) {
        List<AnnotatedArticle> out = new ArrayList<>();
        for (Article a : articles) {
            out.add(new AnnotatedArticle(a, pipeline.annotate(a.body(), a.date())));
        }
        return out;
    }

    static long tokens(List<Sentence> sentences) {
        return sentences.stream().mapToLong(s -> s.tokens().size()).sum();
    }
}

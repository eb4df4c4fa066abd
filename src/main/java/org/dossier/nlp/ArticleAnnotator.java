package org.dossier.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dossier.ingest.Article;

/**
 * Annotates articles, from the cache when it can: the CoreNLP pipeline is loaded only when
 * the first article misses the cache.
 */
public final class ArticleAnnotator {

    private final AnnotationCache cache;
    private final Supplier<CoreNlpPipeline> pipelineFactory;
    private CoreNlpPipeline pipeline;
    private int annotated;
    private int cached;

    public ArticleAnnotator(AnnotationCache cache, Supplier<CoreNlpPipeline> pipelineFactory) {
        this.cache = cache;
        this.pipelineFactory = pipelineFactory;
    }

    public AnnotatedArticle annotate(Article article) {
        String key = AnnotationCache.key(article.body(), article.date(), CoreNlpPipeline.SETTINGS);
        Optional<List<Sentence>> hit = cache.get(key);
        if (hit.isPresent()) {
            cached++;
            return new AnnotatedArticle(article, hit.get());
        }
        List<Sentence> sentences = pipeline().annotate(article.body(), article.date());
        annotated++;
        try {
            cache.put(key, sentences);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write annotation cache for " + article.id(), e);
        }
        return new AnnotatedArticle(article, sentences);
    }

    private synchronized CoreNlpPipeline pipeline() {
        if (pipeline == null) {
            pipeline = pipelineFactory.get();
        }
        return pipeline;
    }

    public boolean pipelineLoaded() {
        return pipeline != null;
    }

    public int annotatedCount() {
        return annotated;
    }

    public int cachedCount() {
        return cached;
    }
}

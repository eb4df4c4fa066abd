package org.dossier.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dossier.concurrent.InOrder;
import org.dossier.ingest.Article;

/**
 * Annotates articles, from the cache when it can: the CoreNLP pipeline is loaded only when
 * the first article misses the cache. {@link #annotateAll} reads the cache and annotates the
 * misses on as many threads as there are processors (one pipeline, shared: CoreNLP annotates
 * documents concurrently).
 */
public final class ArticleAnnotator {

    private final AnnotationCache cache;
    private final Supplier<CoreNlpPipeline> pipelineFactory;
    private final int threads;
    private volatile CoreNlpPipeline pipeline;
    private final AtomicInteger annotated = new AtomicInteger();
    private final AtomicInteger cached = new AtomicInteger();

    public ArticleAnnotator(AnnotationCache cache, Supplier<CoreNlpPipeline> pipelineFactory) {
        this(cache, pipelineFactory, Integer.getInteger("dossier.annotate.threads",
                Runtime.getRuntime().availableProcessors()));
    }

    public ArticleAnnotator(AnnotationCache cache, Supplier<CoreNlpPipeline> pipelineFactory, int threads) {
        this.cache = cache;
        this.pipelineFactory = pipelineFactory;
        this.threads = Math.max(1, threads);
    }

    public AnnotatedArticle annotate(Article article) {
        String key = AnnotationCache.key(article.body(), article.date(), CoreNlpPipeline.SETTINGS);
        Optional<List<Sentence>> hit = cache.get(key);
        if (hit.isPresent()) {
            cached.incrementAndGet();
            return new AnnotatedArticle(article, hit.get());
        }
        List<Sentence> sentences = pipeline().annotate(article.body(), article.date());
        annotated.incrementAndGet();
        try {
            cache.put(key, sentences);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write annotation cache for " + article.id(), e);
        }
        return new AnnotatedArticle(article, sentences);
    }

    /**
     * Every article, in order, annotated or taken from the cache on several threads; the longest
     * start first, so that no thread is left with a long article while the others idle.
     */
    public List<AnnotatedArticle> annotateAll(List<Article> articles) {
        return InOrder.map(articles, threads, "annotate",
                Comparator.comparingInt((Article a) -> a.body().length()).reversed(), this::annotate);
    }

    private CoreNlpPipeline pipeline() {
        CoreNlpPipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = pipelineFactory.get();
                }
                p = pipeline;
            }
        }
        return p;
    }

    public boolean pipelineLoaded() {
        return pipeline != null;
    }

    public int annotatedCount() {
        return annotated.get();
    }

    public int cachedCount() {
        return cached.get();
    }
}

package org.dossier.nlp;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dossier.concurrent.InOrder;
import org.dossier.concurrent.Progress;
import org.dossier.ingest.Article;
import org.dossier.ingest.ArticleLimits;
import org.dossier.ingest.IngestError;

/**
 * Annotates articles, from the cache when it can: the CoreNLP pipeline is loaded only when
 * the first article misses the cache. {@link #annotateEach} reads the cache and annotates the
 * misses on as many threads as there are processors (one pipeline, shared: CoreNLP annotates
 * documents concurrently). An article whose annotation takes longer than the limit of
 * {@link ArticleLimits} is reported and left out; its annotation is interrupted (CoreNLP stops
 * at the next sentence) and the other articles go on.
 */
public final class ArticleAnnotator {

    /** How often a long annotation prints how far it got. */
    public static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    /** The articles annotated, in order, and one error per article left out. */
    public record Annotations(List<AnnotatedArticle> articles, List<IngestError> errors) {
    }

    private final AnnotationCache cache;
    private final Supplier<? extends TextAnnotator> pipelineFactory;
    private final int threads;
    private final Duration progressEvery;
    private final PrintStream progressOut;
    private volatile TextAnnotator pipeline;
    private final AtomicInteger annotated = new AtomicInteger();
    private final AtomicInteger cached = new AtomicInteger();

    public ArticleAnnotator(AnnotationCache cache, Supplier<? extends TextAnnotator> pipelineFactory) {
        this(cache, pipelineFactory, Integer.getInteger("dossier.annotate.threads",
                Runtime.getRuntime().availableProcessors()));
    }

    public ArticleAnnotator(AnnotationCache cache, Supplier<? extends TextAnnotator> pipelineFactory, int threads) {
        this(cache, pipelineFactory, threads, PROGRESS_EVERY, System.err);
    }

    /** As the others, printing progress on {@code progressOut} at most every {@code progressEvery}. */
    public ArticleAnnotator(AnnotationCache cache, Supplier<? extends TextAnnotator> pipelineFactory, int threads,
                            Duration progressEvery, PrintStream progressOut) {
        this.cache = cache;
        this.pipelineFactory = pipelineFactory;
        this.threads = Math.max(1, threads);
        this.progressEvery = progressEvery;
        this.progressOut = progressOut;
    }

    public AnnotatedArticle annotate(Article article) {
        String key = AnnotationCache.key(article.body(), article.date(), CoreNlpPipeline.SETTINGS);
        Optional<List<Sentence>> hit = cache.get(key);
        if (hit.isPresent()) {
            cached.incrementAndGet();
            return new AnnotatedArticle(article, hit.get());
        }
        List<Sentence> sentences = annotateWithinLimit(article, ArticleLimits.current().annotateTime());
        annotated.incrementAndGet();
        try {
            cache.put(key, sentences);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write annotation cache for " + article.id(), e);
        }
        return new AnnotatedArticle(article, sentences);
    }

    /**
     * Annotates on a thread of its own, waiting at most {@code limit}; the pipeline is loaded
     * before the clock starts.
     */
    private List<Sentence> annotateWithinLimit(Article article, Duration limit) {
        TextAnnotator nlp = pipeline();
        FutureTask<List<Sentence>> task = new FutureTask<>(() -> nlp.annotate(article.body(), article.date()));
        Thread worker = new Thread(task, "annotate " + article.id());
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new TooSlow(article, limit);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while annotating " + article.id(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("annotating " + article.id() + " failed: " + e.getCause(), e.getCause());
        }
    }

    /** An article CoreNLP did not finish within the limit. */
    private static final class TooSlow extends RuntimeException {

        private final transient IngestError error;

        TooSlow(Article article, Duration limit) {
            super(article.id());
            Object where = article.source() != null ? article.source() : article.id();
            this.error = new IngestError(article.source(), where + ": annotating it took more than "
                    + limit.toSeconds() + " s (--annotate-timeout), so it was left out; split it into shorter "
                    + "articles or raise the limit");
        }
    }

    /**
     * Every article, in order, annotated or taken from the cache on several threads; the longest
     * start first, so that no thread is left with a long article while the others idle. An
     * article that takes too long is left out with an error naming it.
     */
    public Annotations annotateEach(List<Article> articles) {
        Progress progress = new Progress("annotating", articles.size(), progressEvery, progressOut);
        List<Object> results = InOrder.map(articles, threads, "annotate",
                Comparator.comparingInt((Article a) -> a.body().length()).reversed(), a -> {
                    try {
                        return annotate(a);
                    } catch (TooSlow slow) {
                        return slow.error;
                    } finally {
                        progress.step();
                    }
                });
        progress.finish();
        List<AnnotatedArticle> done = new ArrayList<>();
        List<IngestError> errors = new ArrayList<>();
        for (Object r : results) {
            if (r instanceof AnnotatedArticle a) {
                done.add(a);
            } else {
                errors.add((IngestError) r);
            }
        }
        return new Annotations(List.copyOf(done), List.copyOf(errors));
    }

    /** As {@link #annotateEach}, printing the articles left out on stderr. */
    public List<AnnotatedArticle> annotateAll(List<Article> articles) {
        Annotations all = annotateEach(articles);
        all.errors().forEach(e -> System.err.println("error: " + e.message()));
        return all.articles();
    }

    private TextAnnotator pipeline() {
        TextAnnotator p = pipeline;
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

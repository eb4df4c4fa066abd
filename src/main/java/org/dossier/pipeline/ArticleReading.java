package org.dossier.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dossier.ingest.Article;
import org.dossier.ingest.ArticleSet;
import org.dossier.ingest.IngestError;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.AnnotationCache;
import org.dossier.nlp.ArticleAnnotator;
import org.dossier.nlp.TextAnnotator;

/** The first two stages, which need no rules: ingest the article folders, annotate (cache first). */
public final class ArticleReading {

    /**
     * The articles read and annotated, how many came from the cache, and every article that could
     * not be read or annotated (or was cut), in the order of the files.
     */
    public record Read(ArticleSet set, List<AnnotatedArticle> annotated, int annotatedCount, int cachedCount,
                       double annotateSeconds, List<IngestError> errors, List<String> leftOut) {
    }

    private final ArticleAnnotator annotator;

    public ArticleReading(Path cacheDir, Supplier<? extends TextAnnotator> nlp) {
        this.annotator = new ArticleAnnotator(new AnnotationCache(cacheDir), nlp);
    }

    public Read read(List<Path> inputs, StageTimes times) {
        return read(inputs, times, AsOfDate.NOW);
    }

    /** Reads and annotates only the articles published by {@code asOf}; the ids of the others are {@code leftOut}. */
    public Read read(List<Path> inputs, StageTimes times, AsOfDate asOf) {
        ArticleSet all = times.time("ingest", () -> ArticleSet.read(inputs));
        List<Article> kept = all.articles().stream().filter(asOf::keeps).toList();
        List<String> leftOut = all.articles().stream().filter(a -> !asOf.keeps(a)).map(Article::id).toList();
        ArticleSet set = new ArticleSet(kept, all.errors());
        int annotatedBefore = annotator.annotatedCount();
        int cachedBefore = annotator.cachedCount();
        long start = System.nanoTime();
        ArticleAnnotator.Annotations annotated = annotator.annotateEach(set.articles());
        long elapsed = System.nanoTime() - start;
        times.add("annotate", elapsed);
        List<IngestError> errors = new ArrayList<>(set.errors());
        errors.addAll(annotated.errors());
        return new Read(set, annotated.articles(), annotator.annotatedCount() - annotatedBefore,
                annotator.cachedCount() - cachedBefore, elapsed / 1e9, List.copyOf(errors), leftOut);
    }

    public boolean pipelineLoaded() {
        return annotator.pipelineLoaded();
    }
}

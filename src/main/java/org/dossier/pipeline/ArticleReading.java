package org.dossier.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.dossier.ingest.ArticleSet;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.AnnotationCache;
import org.dossier.nlp.ArticleAnnotator;
import org.dossier.nlp.CoreNlpPipeline;

/** The first two stages, which need no rules: ingest the article folders, annotate (cache first). */
public final class ArticleReading {

    /** The articles read and annotated, and how many came from the cache. */
    public record Read(ArticleSet set, List<AnnotatedArticle> annotated, int annotatedCount, int cachedCount,
                       double annotateSeconds) {
    }

    private final ArticleAnnotator annotator;

    public ArticleReading(Path cacheDir, Supplier<CoreNlpPipeline> nlp) {
        this.annotator = new ArticleAnnotator(new AnnotationCache(cacheDir), nlp);
    }

    public Read read(List<Path> inputs, StageTimes times) {
        ArticleSet set = times.time("ingest", () -> ArticleSet.read(inputs));
        int annotatedBefore = annotator.annotatedCount();
        int cachedBefore = annotator.cachedCount();
        long start = System.nanoTime();
        List<AnnotatedArticle> annotated = annotator.annotateAll(set.articles());
        long elapsed = System.nanoTime() - start;
        times.add("annotate", elapsed);
        return new Read(set, annotated, annotator.annotatedCount() - annotatedBefore,
                annotator.cachedCount() - cachedBefore, elapsed / 1e9);
    }

    public boolean pipelineLoaded() {
        return annotator.pipelineLoaded();
    }
}

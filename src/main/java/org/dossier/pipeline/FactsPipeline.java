package org.dossier.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dossier.extract.ExtractionRules;
import org.dossier.extract.Extractor;
import org.dossier.facts.ArticleInfo;
import org.dossier.facts.FactMerger;
import org.dossier.facts.FactsDocument;
import org.dossier.ingest.Article;
import org.dossier.ingest.ArticleSet;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.AnnotationCache;
import org.dossier.nlp.ArticleAnnotator;
import org.dossier.nlp.CoreNlpPipeline;
import org.dossier.rules.RulesException;

/**
 * The flow from article folders to a dossier-facts/1 document: ingest, annotate (cache first),
 * extract with the rules, merge.
 */
public final class FactsPipeline {

    private final ExtractionRules rules;
    private final ArticleAnnotator annotator;
    private Extractor.Explainer explainer = Extractor.NONE;

    public FactsPipeline(ExtractionRules rules, Path cacheDir, Supplier<CoreNlpPipeline> nlp) {
        this.rules = rules;
        this.annotator = new ArticleAnnotator(new AnnotationCache(cacheDir), nlp);
    }

    public static FactsPipeline create(Path rulesDir, Path outputDir) throws IOException, RulesException {
        return new FactsPipeline(ExtractionRules.load(rulesDir), cacheDir(outputDir), CoreNlpPipeline::shared);
    }

    public static Path cacheDir(Path outputDir) {
        return outputDir.resolve("cache").resolve("annotations");
    }

    public FactsRun run(List<Path> inputs) {
        return run(inputs, new StageTimes());
    }

    /** Runs articles to facts, adding the time of each stage to {@code times}. */
    public FactsRun run(List<Path> inputs, StageTimes times) {
        ArticleSet set = times.time("ingest", () -> ArticleSet.read(inputs));
        int annotatedBefore = annotator.annotatedCount();
        int cachedBefore = annotator.cachedCount();
        long start = System.nanoTime();
        List<AnnotatedArticle> annotated = annotator.annotateAll(set.articles());
        long elapsed = System.nanoTime() - start;
        times.add("annotate", elapsed);
        double seconds = elapsed / 1e9;
        long tokens = annotated.stream().flatMap(a -> a.sentences().stream()).mapToLong(s -> s.tokens().size()).sum();
        return new FactsRun(extract(annotated, times), annotated, set.errors(),
                annotator.annotatedCount() - annotatedBefore, annotator.cachedCount() - cachedBefore, tokens, seconds);
    }

    public FactsDocument extract(List<AnnotatedArticle> annotated) {
        return extract(annotated, new StageTimes());
    }

    public FactsDocument extract(List<AnnotatedArticle> annotated, StageTimes times) {
        Extractor.Result result = times.time("extract", () -> new Extractor(rules).explainingWith(explainer).extract(annotated));
        List<ArticleInfo> infos = annotated.stream().map(a -> info(a.article())).toList();
        return new FactsDocument(infos, result.people(), times.time("merge", () -> FactMerger.merge(result.facts())));
    }

    private static ArticleInfo info(Article a) {
        return new ArticleInfo(a.id(), a.date() == null ? null : a.date().toString(), a.dateInferred(),
                a.outlet(), a.headline(), a.dateline());
    }

    /** Shows what the rules saw in a sentence; see {@link org.dossier.extract.SentenceExplainer}. */
    public FactsPipeline explainingWith(Extractor.Explainer explainer) {
        this.explainer = explainer;
        return this;
    }

    public boolean pipelineLoaded() {
        return annotator.pipelineLoaded();
    }
}

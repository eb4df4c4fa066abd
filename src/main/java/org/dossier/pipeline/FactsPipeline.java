package org.dossier.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dossier.extract.ExtractionRules;
import org.dossier.extract.Extractor;
import org.dossier.extract.PersonNounAnswers;
import org.dossier.facts.ArticleInfo;
import org.dossier.facts.FactMerger;
import org.dossier.facts.FactsDocument;
import org.dossier.ingest.Article;
import org.dossier.ingest.IngestError;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.CoreNlpPipeline;
import org.dossier.rules.RulesException;

/**
 * The flow from article folders to a dossier-facts/1 document: ingest, annotate (cache first),
 * extract with the rules, merge.
 */
public final class FactsPipeline {

    private final ExtractionRules rules;
    private final ArticleReading reading;
    private Extractor.Explainer explainer = Extractor.NONE;
    /** Where WordNet's answers are kept between runs; null when they are not. */
    private Path personNouns;
    private volatile LastExtraction last;

    public FactsPipeline(ExtractionRules rules, Path cacheDir, Supplier<CoreNlpPipeline> nlp) {
        this(rules, new ArticleReading(cacheDir, nlp));
    }

    public FactsPipeline(ExtractionRules rules, ArticleReading reading) {
        this.rules = rules;
        this.reading = reading;
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
        return run(reading.read(inputs, times), times);
    }

    /** Extracts the facts of articles already read. */
    public FactsRun run(ArticleReading.Read read, StageTimes times) {
        List<AnnotatedArticle> annotated = read.annotated();
        long tokens = annotated.stream().flatMap(a -> a.sentences().stream()).mapToLong(s -> s.tokens().size()).sum();
        Extractor.Result result = times.time("extract", () -> extracted(annotated));
        // an article the rules could not finish is named, and the others still give their facts
        List<IngestError> errors = new ArrayList<>(read.errors());
        for (Extractor.Unfinished u : result.unfinished()) {
            Path source = u.article().article().source();
            errors.add(new IngestError(source, (source != null ? source : u.article().article().id())
                    + ": no facts taken: " + u.message()));
        }
        return new FactsRun(document(annotated, result, times), annotated, List.copyOf(errors), read.annotatedCount(),
                read.cachedCount(), tokens, read.annotateSeconds());
    }

    public FactsDocument extract(List<AnnotatedArticle> annotated) {
        return extract(annotated, new StageTimes());
    }

    public FactsDocument extract(List<AnnotatedArticle> annotated, StageTimes times) {
        return document(annotated, times.time("extract", () -> extracted(annotated)), times);
    }

    private static FactsDocument document(List<AnnotatedArticle> annotated, Extractor.Result result, StageTimes times) {
        List<ArticleInfo> infos = annotated.stream().map(a -> info(a.article())).toList();
        return new FactsDocument(infos, result.people(), times.time("merge", () -> FactMerger.merge(result.facts())));
    }

    /**
     * The extraction reads only each article's id, date and sentences, so while those are all as
     * last time (a server seeing an edited outlet or headline) the last result stands.
     */
    private Extractor.Result extracted(List<AnnotatedArticle> annotated) {
        List<List<Object>> inputs = annotated.stream()
                .map(a -> List.<Object>of(a.article().id(), String.valueOf(a.article().date()), a.sentences()))
                .toList();
        LastExtraction previous = last;
        if (explainer == Extractor.NONE && previous != null && previous.inputs().equals(inputs)) {
            return previous.result();
        }
        int recalled = personNouns == null ? 0 : PersonNounAnswers.recall(personNouns);
        Extractor.Result result = new Extractor(rules).explainingWith(explainer).extract(annotated);
        if (personNouns != null) {
            PersonNounAnswers.keep(personNouns, recalled);
        }
        last = new LastExtraction(inputs, result);
        return result;
    }

    private record LastExtraction(List<List<Object>> inputs, Extractor.Result result) {
    }

    private static ArticleInfo info(Article a) {
        return new ArticleInfo(a.id(), a.date() == null ? null : a.date().toString(), a.dateInferred(),
                a.outlet(), a.headline(), a.dateline(), a.dateNote(), a.sameStoryAs());
    }

    /** Keeps what WordNet answered in {@code file} for the next runs ({@link PersonNounAnswers}). */
    public FactsPipeline keepingPersonNounsIn(Path file) {
        this.personNouns = file;
        return this;
    }

    /** Shows what the rules saw in a sentence; see {@link org.dossier.extract.SentenceExplainer}. */
    public FactsPipeline explainingWith(Extractor.Explainer explainer) {
        this.explainer = explainer;
        return this;
    }

    public boolean pipelineLoaded() {
        return reading.pipelineLoaded();
    }
}

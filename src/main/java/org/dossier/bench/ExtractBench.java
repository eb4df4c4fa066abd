package org.dossier.bench;

import java.util.List;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefDeriver;
import org.dossier.extract.ExtractionRules;
import org.dossier.extract.Extractor;
import org.dossier.facts.ArticleInfo;
import org.dossier.facts.Fact;
import org.dossier.facts.FactMerger;
import org.dossier.facts.FactsDocument;
import org.dossier.nlp.AnnotatedArticle;

/**
 * Step 2: extract, merge and derive on annotations already in memory, in this (warmed-up)
 * JVM: the median of several runs, per article for extraction and merging, per brief for
 * derivation; and the very first extraction (cold JIT, as one {@code generate} run) beside it.
 */
public final class ExtractBench {

    /** Medians in seconds, for all articles together, and the briefs of the last run. */
    public record Result(int articles, int facts, int briefCount, double coldExtractSeconds, double extractSeconds,
                         double mergeSeconds, double deriveSeconds, List<Brief> briefs) {
    }

    /** Untimed extraction before the timed runs: a few seconds, as a server that has run a while. */
    static final java.time.Duration WARM_FOR = java.time.Duration.ofSeconds(5);

    private ExtractBench() {
    }

    public static Result run(List<AnnotatedArticle> articles, ExtractionRules rules, BriefDeriver deriver,
                             int warmups, int runs) {
        List<ArticleInfo> infos = articles.stream().map(a -> new ArticleInfo(a.article().id(),
                a.article().date() == null ? null : a.article().date().toString(), a.article().dateInferred(),
                a.article().outlet(), a.article().headline(), a.article().dateline())).toList();
        Extractor.Result[] extracted = new Extractor.Result[1];
        Samples cold = Samples.time(0, 1, () -> extracted[0] = new Extractor(rules).extract(articles));
        Samples extract = Samples.timeWarm(warmups, WARM_FOR, runs, () -> extracted[0] = new Extractor(rules).extract(articles));
        List<Fact>[] merged = new List[1];
        Samples merge = Samples.time(warmups, runs, () -> merged[0] = FactMerger.merge(extracted[0].facts()));
        FactsDocument doc = new FactsDocument(infos, extracted[0].people(), merged[0]);
        List<Brief>[] briefs = new List[1];
        Samples derive = Samples.time(warmups, runs, () -> briefs[0] = deriver.derive(doc));
        return new Result(articles.size(), merged[0].size(), briefs[0].size(), cold.median(), extract.median(),
                merge.median(), derive.median(), briefs[0]);
    }
}

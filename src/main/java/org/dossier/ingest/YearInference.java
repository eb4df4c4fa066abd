package org.dossier.ingest;

import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * Completes dates stated without a year: first from another article of the set that reports
 * the same event, then from the years the article's own text mentions. A date whose year
 * nothing supports stays unknown. (A sidecar's year has been applied before this step.)
 */
final class YearInference {

    private final NarrativeYear narrative;

    YearInference(Year notAfter) {
        this.narrative = new NarrativeYear(notAfter);
    }

    List<Article> resolve(List<ArticleDraft> drafts) {
        return drafts.stream().map(draft -> resolve(draft, drafts)).toList();
    }

    private Article resolve(ArticleDraft draft, List<ArticleDraft> set) {
        if (!draft.needsYear()) {
            return draft.article();
        }
        Optional<Year> year = SameEventYear.find(draft, set)
                .or(() -> narrative.infer(draft.article().body(), draft.yearless()));
        return year.map(draft::inYear).orElse(draft.article());
    }
}

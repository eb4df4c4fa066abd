package org.dossier.brief.derive;

import java.util.List;
import org.dossier.facts.Fact;

/** Queries over a list of facts that tell of one thing: the earliest and latest known dates. */
final class Reports {

    private Reports() {
    }

    static String earliestDate(List<Fact> facts) {
        return facts.stream().map(Fact::date).filter(d -> Dates.precision(d) > 0)
                .min(Chronology.DATES).orElse(null);
    }

    static String latestDate(List<Fact> facts) {
        return facts.stream().map(Fact::date).filter(d -> Dates.precision(d) > 0)
                .max(Chronology.DATES).orElse(null);
    }

    static boolean contains(List<Fact> facts, Fact fact) {
        return facts.stream().anyMatch(f -> f.equals(fact));
    }
}

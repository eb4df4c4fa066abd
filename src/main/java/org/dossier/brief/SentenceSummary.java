package org.dossier.brief;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The sentences imposed and what follows from them.
 *
 * @param terms            each term imposed (ISO 8601 durations, "P27Y")
 * @param concurrent       true when a source says terms run concurrently
 * @param penalties        fines, restitution and other orders, as stated
 * @param projectedRelease an estimate, the rules' judgement, never a reported fact: a year ("2041"),
 *                         or a range of years ("2041-2055") when the sources do not say whether
 *                         terms run concurrently
 * @param projectionBasis  how the estimate was reached, in words ("estimate: ...")
 * @param projectionRule   the rule that made the estimate
 * @param projectedReleaseDate the estimate as a date at the precision of the date it counts from
 *                         ("2041-07-05", "2033"), or an interval of two ("2041-07-05/2055-07-05");
 *                         see {@link ProjectedRelease}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SentenceSummary(List<String> terms, boolean concurrent, List<String> penalties,
                              String projectedRelease, String rule, List<String> facts,
                              List<Integer> sources, String projectionBasis, String projectionRule,
                              String projectedReleaseDate) {

    public SentenceSummary(List<String> terms, boolean concurrent, List<String> penalties,
                           String projectedRelease, String rule, List<String> facts,
                           List<Integer> sources, String projectionBasis, String projectionRule) {
        this(terms, concurrent, penalties, projectedRelease, rule, facts, sources, projectionBasis, projectionRule,
                null);
    }

    public SentenceSummary(List<String> terms, boolean concurrent, List<String> penalties,
                           String projectedRelease, String rule, List<String> facts, List<Integer> sources) {
        this(terms, concurrent, penalties, projectedRelease, rule, facts, sources, null, null, null);
    }
}

package org.dossier.pipeline.preview;

import java.util.List;

/**
 * What a rules change does to one person's brief.
 *
 * @param change        "changed", "new" (the candidate rules make a brief the current ones do not)
 *                      or "gone" (the other way round)
 * @param factsAdded    facts about the person that only the candidate rules extract
 * @param factsRemoved  facts that only the current rules extract
 * @param quotesAdded   sentences newly cited for a fact both rules extract (one line per sentence)
 * @param quotesRemoved sentences no longer cited for such a fact
 * @param status        the status before and after, or null when it stays
 * @param place         the current place before and after, or null when it stays
 * @param sections      the brief's other parts that change ("custodyHistory", "legalHistory", ...)
 */
public record BriefDifference(String person, String name, String change, List<FactLine> factsAdded,
                              List<FactLine> factsRemoved, List<FactLine> quotesAdded,
                              List<FactLine> quotesRemoved, ValueChange status, ValueChange place,
                              List<String> requestsAdded, List<String> requestsRemoved, List<String> alertsAdded,
                              List<String> alertsRemoved, List<String> sections) {

    /** A fact as a line of the report: what it says and the sentence it was found in. */
    public record FactLine(String summary, String quote, String article, int sentence) {

        /** The sentence counted from 1, as a reader counts. */
        public int sentenceNumber() {
            return sentence + 1;
        }
    }

    /** A value of the brief before and after the change ("in custody" -> "released"). */
    public record ValueChange(String before, String after) {
    }
}

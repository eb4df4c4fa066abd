package org.dossier.brief.derive;

/**
 * An estimated release and how the rule reached it: a judgement, never a reported fact.
 *
 * @param year  the year of release, or a range of years ("2041-2055")
 * @param basis how it was reached, in words
 * @param date  the end of the term at the precision of its start ("2041-07-05", "2033"), or two such
 *              ends as an ISO 8601 interval ("2041-07-05/2055-07-05") when the terms may run one after
 *              another; null when the rule gives none
 */
public record Projection(String year, String basis, String date) {

    public Projection(String year, String basis) {
        this(year, basis, null);
    }
}

package org.dossier.brief;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The figures a caseworker scans, counted to one date ({@link #countedTo}): the brief's as-of
 * date in a brief, the caseload's date in the caseload. Null where the sources give no date.
 *
 * @param custodySince               the date custody is counted from: the first dated arrest, else the
 *                                   first date the person is reported held
 * @param custodyUntil               the end of custody when the case status says it ended, else null
 * @param daysInCustody              days from custodySince to custodyUntil (or to countedTo while held)
 * @param daysInCustodyAtLeast       true when daysInCustody is a lower bound: the start or end is only a
 *                                   month or a year, or the start is a report of being held, not the arrest
 * @param lastVisit                  the date of the last consular visit
 * @param daysSinceLastVisit         days from it to countedTo
 * @param lastReport                 the date of the newest article about the person
 * @param daysSinceLastReport        days from it to countedTo (0 in a brief, which is as of that date)
 * @param oldestOpenRequest          the first-asked date of the oldest request still open
 * @param oldestOpenRequestDays      days from it to countedTo
 * @param projectedRelease           the rules' estimate of the end of the sentence while the person is held
 *                                   ({@link ProjectedRelease#date}: "2041-07-05", "2033", or an interval)
 * @param projectedReleaseApproximate true when that estimate is only to the month or year ("about")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseCounters(String countedTo, String custodySince, String custodyUntil, Long daysInCustody,
                           Boolean daysInCustodyAtLeast, String lastVisit, Long daysSinceLastVisit,
                           String lastReport, Long daysSinceLastReport, String oldestOpenRequest,
                           Long oldestOpenRequestDays, String projectedRelease,
                           Boolean projectedReleaseApproximate) {

    public CaseCounters(String countedTo, String custodySince, String custodyUntil, Long daysInCustody,
                        Boolean daysInCustodyAtLeast, String lastVisit, Long daysSinceLastVisit,
                        String lastReport, Long daysSinceLastReport, String oldestOpenRequest,
                        Long oldestOpenRequestDays) {
        this(countedTo, custodySince, custodyUntil, daysInCustody, daysInCustodyAtLeast, lastVisit, daysSinceLastVisit,
                lastReport, daysSinceLastReport, oldestOpenRequest, oldestOpenRequestDays, null, null);
    }
}

package org.dossier.caseload;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One detainee in the caseload: the figures a caseworker scans, all counted to the caseload's date.
 * The order of the components is the order of the CSV columns.
 *
 * @param daysInCustodyAtLeast true when daysInCustody is a lower bound (an arrest known only to the
 *                             month or year, or only reports of being held)
 * @param alerts               how many alerts the rules raised; {@code highAlerts} of them high
 * @param lastChange           the newest dated event of the brief, "2022-11-14 visit (Consul)"
 * @param projectedRelease     the rules' estimate of the end of the sentence while held: "2041-07-05",
 *                             "2033", or the earliest and latest, "2041-07-05/2055-07-05"; null when none
 * @param projectedReleaseApproximate true when that estimate is known only to the month or year ("about")
 */
@JsonPropertyOrder({"id", "name", "nationality", "status", "countryOfDetention", "currentPlace", "daysInCustody",
        "daysInCustodyAtLeast", "daysSinceLastVisit", "daysSinceLastReport", "oldestOpenRequestDays",
        "projectedRelease", "projectedReleaseApproximate", "alerts",
        "highAlerts", "lastChange", "asOf"})
public record CaseloadRow(String id, String name, String nationality, String status, String countryOfDetention,
                          String currentPlace, Long daysInCustody, boolean daysInCustodyAtLeast,
                          Long daysSinceLastVisit, Long daysSinceLastReport, Long oldestOpenRequestDays,
                          String projectedRelease, boolean projectedReleaseApproximate, int alerts, int highAlerts, String lastChange, String asOf) {
}

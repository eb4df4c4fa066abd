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
 */
@JsonPropertyOrder({"id", "name", "nationality", "status", "countryOfDetention", "currentPlace", "daysInCustody",
        "daysInCustodyAtLeast", "daysSinceLastVisit", "daysSinceLastReport", "oldestOpenRequestDays", "alerts",
        "highAlerts", "lastChange", "asOf"})
public record CaseloadRow(String id, String name, String nationality, String status, String countryOfDetention,
                          String currentPlace, Long daysInCustody, boolean daysInCustodyAtLeast,
                          Long daysSinceLastVisit, Long daysSinceLastReport, Long oldestOpenRequestDays,
                          int alerts, int highAlerts, String lastChange, String asOf) {
}

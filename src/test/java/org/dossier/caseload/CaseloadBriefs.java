package org.dossier.caseload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.brief.Alert;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefItem;
import org.dossier.brief.BriefWriter;
import org.dossier.brief.CurrentPlace;
import org.dossier.brief.CustodyStay;
import org.dossier.brief.Derived;
import org.dossier.brief.LastVisit;
import org.dossier.brief.PersonSummary;
import org.dossier.brief.RequestItem;
import org.dossier.io.Json;
import org.dossier.pipeline.Manifest;

/** Briefs of invented people, as the rules would have made them, for the caseload tests. */
final class CaseloadBriefs {

    private CaseloadBriefs() {
    }

    /** Held since an arrest known only to the month, one visit, one open request, two alerts (one high). */
    static Brief held() {
        return brief("ana-torve", "Ana Torve", "Northlander", "2023-09-30", "pretrial_detention",
                List.of(event("arrested", "2023-04", "Portmere"), event("transferred", "2023-05-12", "Arland, Brazil")),
                new LastVisit("2023-06-10", "Consul", null, 112L, "r", List.of(), List.of()),
                List.of(new RequestItem("release", "Family", null, null, "open", "2023-05-01", null, 152L, "r",
                        List.of(), List.of())),
                List.of(alert("high"), alert("low")), "Arland Remand Centre");
    }

    /** Released on a known day; the newest article about him is a month older than Ana's. */
    static Brief released() {
        return brief("bo-lindqvist", "Bo Lindqvist", "Eastlander", "2023-08-31", "released",
                List.of(event("arrested", "2023-01-10", "Peru"), event("released", "2023-08-30", "Lima")),
                null, List.of(), List.of(), "Lima");
    }

    static Brief brief(String id, String name, String nationality, String asOf, String caseStatus,
                       List<BriefItem> custodyEvents, LastVisit visit, List<RequestItem> open, List<Alert> alerts,
                       String place) {
        return new Brief(Brief.SCHEMA, new PersonSummary(id, name, nationality, List.of()), asOf,
                new Derived("in_custody", "r", List.of(), List.of()),
                place == null ? null : new CurrentPlace(place, asOf, "r", List.of(), List.of()),
                List.<CustodyStay>of(), custodyEvents, List.of(), null, List.of(), visit, open, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), alerts, List.of(), null,
                new Derived(caseStatus, "r", List.of("F1"), List.of(1)), null);
    }

    static BriefItem event(String kind, String date, String place) {
        return new BriefItem(kind, date, place, null, null, null, null, null, 1, "r", List.of(), List.of());
    }

    static Alert alert(String severity) {
        return new Alert("code-" + severity, severity, "an alert", "r", List.of(), List.of());
    }

    /** Writes the briefs and a manifest listing them, as a run of generate leaves them. */
    static void writeRun(Path output, List<Brief> briefs) throws IOException {
        Map<String, Manifest.Entry> entries = new LinkedHashMap<>();
        for (Brief b : briefs) {
            Json.write(BriefWriter.fileFor(output, b.person().id()), b);
            entries.put(b.person().id(), new Manifest.Entry("a", "h", "h"));
        }
        new Manifest("rules", "template", entries).write(output);
    }
}

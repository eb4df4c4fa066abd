package org.dossier.server.notify;

import java.util.List;
import org.dossier.brief.Alert;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefItem;
import org.dossier.brief.CurrentPlace;
import org.dossier.brief.Derived;
import org.dossier.brief.PersonSummary;

/** Small invented briefs: a person, a case status, a current place, alerts and custody lines. */
final class TestBriefs {

    private TestBriefs() {
    }

    static Brief brief(String id, String name, String caseStatus, String place, List<Alert> alerts,
                       List<BriefItem> events) {
        return new Brief(Brief.SCHEMA, new PersonSummary(id, name, "Freedonian", List.of()), "2024-05-02",
                new Derived("in_custody", "r", List.of(), List.of()),
                place == null ? null : new CurrentPlace(place, "2024-05", "r", List.of(), List.of()), List.of(), events,
                List.of(), null, List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), alerts, List.of(), null, new Derived(caseStatus, "r", List.of(), List.of()), null);
    }

    static Alert alert(String code, String message) {
        return new Alert(code, "high", message, "no visit for 90 days", List.of("F1"), List.of(1));
    }

    static BriefItem event(String kind, String date, String place) {
        return new BriefItem(kind, date, place, null, null, null, null, null, 1, "r", List.of("F2"), List.of(1));
    }
}

package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.brief.Alert;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefItem;
import org.dossier.brief.CurrentPlace;
import org.dossier.brief.Derived;
import org.dossier.brief.PersonSummary;
import org.junit.jupiter.api.Test;

/** The changes subscribers are told of: status, place, each new alert, new history lines. */
class NotableChangesTest {

    static final Alert NO_VISIT = new Alert("no_visit", "high", "No consular visit for 120 days.", "r", List.of(), List.of());
    static final Alert OLD_REQUEST = new Alert("old_request", "medium", "A request unanswered for 90 days.", "r",
            List.of(), List.of());
    static final BriefItem ARREST = item("arrested", "2023-02-01", "Southport");
    static final BriefItem VISIT = item("visit", "2023-05-04", "Southport");

    @Test
    void aStatusPlaceAlertAndNewLinesAreOneChangeEach() {
        Brief before = brief("in_custody", "pretrial_detention", "Southport", List.of(OLD_REQUEST), List.of(ARREST));
        Brief after = brief("released", "released", "Westfield", List.of(OLD_REQUEST, NO_VISIT), List.of(ARREST, VISIT));
        List<NotableChanges.Change> changes = NotableChanges.between(before, after);
        assertEquals(List.of("status", "place", "alert", "facts"), changes.stream().map(NotableChanges.Change::kind).toList());
        assertEquals("Case status changed from pretrial detention to released.", changes.get(0).summary());
        assertEquals("New current place: Westfield (was Southport).", changes.get(1).summary());
        assertEquals(NO_VISIT, changes.get(2).alert());
        assertEquals(List.of("2023-05-04 visit: Southport"), changes.get(3).items());
    }

    @Test
    void theSameBriefOrAnAlertAlreadyRaisedIsNoChange() {
        Brief brief = brief("in_custody", "on_trial", "Southport", List.of(NO_VISIT), List.of(ARREST));
        assertEquals(List.of(), NotableChanges.between(brief, brief));
        Brief lessAlerts = brief("in_custody", "on_trial", "Southport", List.of(), List.of(ARREST));
        assertEquals(List.of(), NotableChanges.between(brief, lessAlerts), "an alert that went away is not announced");
    }

    @Test
    void aFirstBriefIsOneChange() {
        Brief brief = brief("in_custody", "on_trial", "Southport", List.of(NO_VISIT), List.of(ARREST));
        assertEquals(List.of("new_brief"), NotableChanges.between(null, brief).stream().map(NotableChanges.Change::kind).toList());
    }

    private static BriefItem item(String kind, String date, String place) {
        return new BriefItem(kind, date, place, null, null, null, null, null, 1, "r", List.of(), List.of());
    }

    private static Brief brief(String status, String caseStatus, String place, List<Alert> alerts, List<BriefItem> events) {
        return new Brief(Brief.SCHEMA, new PersonSummary("p", "Pat Quill", null, List.of()), "2023-06-01",
                new Derived(status, "r", List.of(), List.of()), new CurrentPlace(place, "2023-06", "r", List.of(), List.of()),
                List.of(), events, List.of(), null, List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), alerts, List.of(), null, new Derived(caseStatus, "r", List.of(), List.of()), null);
    }
}

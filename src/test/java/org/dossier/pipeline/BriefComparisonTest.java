package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.brief.Brief;
import org.dossier.history.InventedBriefs;
import org.junit.jupiter.api.Test;

/** Two briefs of an invented detainee compared: what a caseworker sees on the compare page and in the PDF. */
class BriefComparisonTest {

    private final Brief arrested = InventedBriefs.novak()
            .alert("no-visit", "high", "No consular visit in 90 days", "Farrest").build();

    private final Brief released = InventedBriefs.novak().asOf("2021-07-03")
            .status("released", "released").place("Prague")
            .visit("2021-06-09", "Eva Dvorak")
            .custody("released", "2021-07-02", "Lisbon", "released")
            .accessGranted().transferRequested()
            .withoutAlerts().alert("contact-denied", "medium", "Contact denied (2021-06-20): calls", "Fcalls")
            .build();

    @Test
    void everyKindOfChangeIsNamed() {
        BriefComparison c = BriefChanges.compare(arrested, released);
        assertEquals(new BriefComparison.Change("in_custody", "released"), c.status());
        assertEquals(new BriefComparison.Change("pretrial_detention", "released"), c.caseStatus());
        assertEquals(new BriefComparison.Change("Lisbon Central Prison", "Prague"), c.place());
        assertEquals(List.of(new BriefComparison.Item("custody", "2021-07-02 released: released, Lisbon"),
                new BriefComparison.Item("diplomatic", "2021-06-09 visit: Eva Dvorak, Lisbon Central Prison")), c.added());
        assertEquals(List.of(), c.removed());
        assertEquals(List.of("new request: transfer (Czech embassy), asked 2021-06-01, outstanding, open",
                        "consular_access (Czech embassy), asked 2021-03-04: outstanding, open -> closed, granted"),
                c.requests().stream().map(BriefComparison.RequestChange::describe).toList());
        assertEquals(List.of(new BriefComparison.AlertLine("medium", "Contact denied (2021-06-20): calls")), c.newAlerts());
        assertEquals(List.of(new BriefComparison.AlertLine("high", "No consular visit in 90 days")), c.clearedAlerts());
    }

    @Test
    void comparedTheOtherWayAddedBecomesRemoved() {
        BriefComparison back = BriefChanges.compare(released, arrested);
        assertEquals(2, back.removed().size());
        assertEquals(List.of(), back.added());
        assertEquals("consular_access (Czech embassy), asked 2021-03-04: closed, granted -> outstanding, open",
                back.requests().get(0).describe());
        assertEquals("no longer listed: transfer (Czech embassy), asked 2021-06-01 (was outstanding, open)",
                back.requests().get(1).describe());
    }

    @Test
    void aBriefComparedWithItselfHasNoChanges() {
        assertTrue(BriefChanges.compare(released, InventedBriefs.novak().asOf("2021-07-03")
                .status("released", "released").place("Prague").visit("2021-06-09", "Eva Dvorak")
                .custody("released", "2021-07-02", "Lisbon", "released").accessGranted().transferRequested()
                .alert("contact-denied", "medium", "Contact denied (2021-06-20): calls", "Fcalls").build()).isEmpty());
    }

    @Test
    void anAlertWhoseDaysGrewIsTheSameAlert() {
        Brief later = InventedBriefs.novak().alert("no-visit", "high", "No consular visit in 120 days", "Farrest").build();
        BriefComparison c = BriefChanges.compare(arrested, later);
        assertEquals(List.of(), c.newAlerts());
        assertEquals(List.of(), c.clearedAlerts());
    }

    @Test
    void thePdfLinesKeepTheirWordsAndNameAlertsAndRemovedItems() {
        assertEquals(List.of("Status changed from in_custody to released.",
                "Case status changed from pretrial detention to released.",
                "New current place: Prague.",
                "Request closed (granted): consular_access.",
                "New outstanding request: transfer.",
                "New alert: Contact denied (2021-06-20): calls.",
                "Alert cleared: No consular visit in 90 days.",
                "2 new items in the histories."), BriefChanges.between(arrested, released));
        assertEquals(List.of("Status changed from released to in_custody.",
                "Case status changed from released to pretrial detention.",
                "New current place: Lisbon Central Prison.",
                "New outstanding request: consular_access.",
                "New alert: No consular visit in 90 days.",
                "Alert cleared: Contact denied (2021-06-20): calls.",
                "2 items no longer in the histories."), BriefChanges.between(released, arrested));
        assertEquals(List.of("First brief for this person."), BriefChanges.between(null, arrested));
    }
}

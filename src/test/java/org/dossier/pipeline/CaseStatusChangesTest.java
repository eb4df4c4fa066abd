package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.brief.Brief;
import org.dossier.brief.Derived;
import org.dossier.brief.PersonSummary;
import org.junit.jupiter.api.Test;

/** "Changed since the previous brief" names a change of case status, so a caseworker sees it overnight. */
class CaseStatusChangesTest {

    @Test
    void aNewCaseStatusIsAChange() {
        List<String> changes = BriefChanges.between(brief("on_trial"), brief("convicted_serving_sentence"));
        assertTrue(changes.contains("Case status changed from on trial to convicted serving sentence."), changes.toString());
    }

    @Test
    void aBriefFromBeforeCaseStatusesIsNoChange() {
        List<String> changes = BriefChanges.between(brief(null), brief("pretrial_detention"));
        assertFalse(changes.stream().anyMatch(c -> c.startsWith("Case status")), changes.toString());
        assertFalse(BriefChanges.between(brief("released"), brief("released")).stream()
                .anyMatch(c -> c.startsWith("Case status")));
    }

    private static Brief brief(String caseStatus) {
        return new Brief(Brief.SCHEMA, new PersonSummary("p", "P", null, List.of()), "2024-01-01",
                new Derived("in_custody", "r", List.of(), List.of()), null, List.of(), List.of(), List.of(), null,
                List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, caseStatus == null ? null : new Derived(caseStatus, "r", List.of(), List.of()), null);
    }
}

package org.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitsAndAlertsTest {

    private static List<String> codes(Brief b) {
        return b.alerts().stream().map(Alert::code).toList();
    }

    @Test
    void lastVisitDaysAreCountedToTheNewestArticle() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2021-01-10", "Courier").article("a2", "2021-09-01", "Post");
        t.fact("custody", "held").place("Riverside Prison").date("2021-09").in("a2");
        t.fact("diplomatic", "visit").actor("Consul").place("Riverside Prison").date("2020-06-01").status("done");
        t.fact("diplomatic", "visit").actor("Consul").place("Riverside Prison").date("2021-01-08").status("done");
        t.fact("diplomatic", "visit").actor("Consul").date("2021-10").status("planned").in("a2");
        Brief b = t.brief();

        assertEquals("2021-09-01", b.asOf());
        assertEquals("2021-01-08", b.lastConsularVisit().date());
        assertEquals(236L, b.lastConsularVisit().daysSince());
        assertEquals(List.of("F3"), b.lastConsularVisit().facts());
        assertEquals(3, b.diplomaticActions().size());
        assertFalse(codes(b).contains("no-recent-consular-visit"), "236 days is within the 365 of settings");
    }

    @Test
    void theVisitThresholdComesFromSettings() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2021-09-01", "Courier");
        t.fact("custody", "held").place("Riverside Prison").date("2021-09");
        t.fact("diplomatic", "visit").actor("Consul").date("2021-01-08").status("done");
        BriefDeriver strict = new BriefDeriver(RuleBookHolder.derive(),
                TestRules.deriver().settings().with(Map.of("alert.no-consular-visit.days", "180")));
        Brief b = t.brief(strict);
        Alert a = b.alerts().stream().filter(x -> x.code().equals("no-recent-consular-visit")).findFirst().orElseThrow();
        assertTrue(a.message().contains("236 days"), a.message());
        assertEquals("no consular visit within the set number of days", a.rule());
        assertEquals(List.of("F2"), a.facts());
    }

    @Test
    void anOpenMedicalRequestWithAReportedIllnessRaisesAnAlert() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2021-06-01", "Courier");
        t.fact("custody", "held").place("Riverside Prison").date("2021-06");
        t.fact("health", "condition").detail("diabetes");
        t.fact("request", "medical").actor("Family").date("2021-05-01").status("open");
        Brief b = t.brief();
        Alert a = b.alerts().stream().filter(x -> x.code().equals("medical-request-open")).findFirst().orElseThrow();
        assertEquals("high", a.severity());
        assertTrue(a.message().contains("diabetes") && a.message().contains("31 days"), a.message());
        assertEquals(List.of("F2", "F3"), a.facts());
    }

    @Test
    void aGrantedMedicalRequestRaisesNoAlert() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2021-06-01", "Courier");
        t.fact("health", "condition").detail("diabetes");
        t.fact("request", "medical").actor("Family").date("2021-05-01").status("open");
        t.fact("request", "medical").actor("Family").date("2021-05-20").status("granted");
        assertFalse(codes(t.brief()).contains("medical-request-open"));
    }

    @Test
    void restrictedContactRaisesAnAlertUntilContactIsAllowedAgain() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2022-02-09", "Courier");
        t.fact("contact", "restricted").date("2022-02").detail("calls from relatives banned");
        assertTrue(codes(t.brief()).contains("contact-restricted"));

        t.fact("contact", "allowed").date("2022-03-10").detail("calls resumed");
        assertFalse(codes(t.brief()).contains("contact-restricted"));
    }

    @Test
    void noVisitAtAllIsNotedForAPersonInCustody() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2022-02-09", "Courier");
        t.fact("custody", "held").place("Riverside Prison").date("2022-02");
        Brief b = t.brief();
        assertNull(b.lastConsularVisit());
        assertTrue(codes(b).contains("no-consular-visit-reported"));
    }
}

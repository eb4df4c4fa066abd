package org.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictsAndCorroborationTest {

    @Test
    void differentDaysForOneArrestAreAConflict() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2020-04-01", "Courier").article("a2", "2020-04-02", "Post");
        t.fact("custody", "arrested").place("Portmere").date("2020-03-01").in("a1");
        t.fact("custody", "arrested").place("Portmere Airport").date("2020-03-04").in("a2");
        Brief b = t.brief();

        Conflict c = b.conflicts().get(0);
        assertEquals("date", c.slot());
        assertEquals(List.of("2020-03-01", "2020-03-04"), c.values());
        assertEquals(List.of("F1", "F2"), c.facts());
        assertEquals(2, c.sources().size());
        assertEquals(1, b.custodyHistory().size());
    }

    @Test
    void differentPlacesForOneExtraditionAreAConflict() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2020-04-01", "Courier").article("a2", "2020-04-02", "Post");
        t.fact("custody", "extradited").place("Northland").date("2020-03-12").in("a1");
        t.fact("custody", "extradited").place("Southland").date("2020-03-12").in("a2");
        t.fact("custody", "arrested").place("Harbour City").date("2020-02").in("a1");
        t.fact("custody", "arrested").place("Old Town Airport").date("2020-02-27").in("a2");
        Brief b = t.brief();
        assertEquals(1, b.conflicts().size());
        assertEquals("place", b.conflicts().get(0).slot());
        assertEquals(List.of("Northland", "Southland"), b.conflicts().get(0).values());
    }

    @Test
    void reportsOfDifferentDaysOfOneMonthAreOneConflictListingEveryDay() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2023-10-20", "Courier");
        t.fact("custody", "arrested").place("Riverton").date("2023-10-18");
        t.fact("custody", "arrested").date("2023-10-19");
        t.fact("custody", "arrested").place("Riverton").date("2023-10-17");
        t.fact("custody", "arrested").place("Riverton").date("2023-06-02");
        Brief b = t.brief();
        assertEquals(1, b.conflicts().size(), b.conflicts().toString());
        assertEquals("arrested 2023-10", b.conflicts().get(0).event());
        assertEquals(List.of("2023-10-17", "2023-10-18", "2023-10-19"), b.conflicts().get(0).values());
        assertEquals(List.of("F1", "F2", "F3"), b.conflicts().get(0).facts());
    }

    @Test
    void differentTermsForOneSentencingAreAConflict() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2017-05-01", "Courier").article("a2", "2017-05-02", "Post");
        t.fact("legal", "sentenced").term("P27Y").date("2017-04-21").in("a1");
        t.fact("legal", "sentenced").term("P28Y").date("2017-04").in("a2");
        t.fact("legal", "sentenced").term("P14Y").date("2017").in("a2");
        Brief b = t.brief();
        assertEquals(1, b.conflicts().size(), b.conflicts().toString());
        assertEquals("term", b.conflicts().get(0).slot());
        assertEquals(List.of("P27Y", "P28Y"), b.conflicts().get(0).values());
    }

    @Test
    void reportsThatAgreeAreNoConflict() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2017-05-01", "Courier").article("a2", "2017-05-02", "Post");
        t.fact("custody", "arrested").place("Islands").date("2014").in("a1");
        t.fact("custody", "arrested").place("Capital, Islands").date("2014-07-05").in("a2");
        t.fact("legal", "sentenced").term("P27Y").date("2017-04-21").in("a1");
        t.fact("legal", "sentenced").term("P14Y").date("2017-12").in("a2");
        assertTrue(t.brief().conflicts().isEmpty());
    }

    @Test
    void corroborationCountsDistinctOutlets() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2020-04-01", "Courier").article("a2", "2020-04-02", "Courier")
                .article("a3", "2020-04-03", "Post").article("a4", "2020-04-04", null);
        t.fact("legal", "charged").date("2020-03-20").detail("espionage").in("a1", "a2", "a3");
        t.fact("legal", "convicted").date("2021").in("a3", "a4");
        t.fact("legal", "appeal").date("2021-06").in("a4");
        Brief b = t.brief();

        assertEquals(List.of(2, 2, 1), b.legalHistory().stream().map(BriefItem::outlets).toList());
        assertEquals(List.of(1, 2, 3), b.legalHistory().get(0).sources());
        assertEquals(6, b.sources().size());
        assertEquals("Courier", b.sources().get(0).outlet());
    }
}

package org.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustodyHistoryTest {

    @Test
    void staysAreOrderedByTheMovesAndLastUntilTheNextMove() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2021-05-20", "Courier");
        t.fact("custody", "held").place("Colony 7, Eastbrook").date("2021-05");
        t.fact("custody", "transferred").place("Eastbrook").date("2020-01-15");
        t.fact("custody", "arrested").place("Portmere").date("2019-03-01");
        t.fact("custody", "transferred").place("Riverside Prison").date("2019-06");
        Brief b = t.brief();

        List<CustodyStay> stays = b.custodyHistory();
        assertEquals(List.of("Portmere", "Riverside Prison", "Eastbrook"), stays.stream().map(CustodyStay::place).toList());
        assertEquals("2019-06", stays.get(0).until());
        assertEquals("2020-01-15", stays.get(1).until());
        assertNull(stays.get(2).until());
        assertEquals(Boolean.TRUE, stays.get(2).current());
        assertEquals("2021-05", stays.get(2).lastReported());
        assertEquals(List.of("F1", "F2"), stays.get(2).facts());
        assertEquals("Eastbrook", b.currentPlace().place());
        assertEquals("in_custody", b.status().value());
        assertEquals(List.of("arrested", "transferred", "transferred"),
                b.custodyEvents().stream().map(BriefItem::kind).toList());
    }

    @Test
    void vagueAndPreciseReportsOfOneArrestMakeOneStay() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2016-01-01", "Courier").article("a2", "2016-02-01", "Post");
        t.fact("custody", "arrested").place("Islands").date("2014").in("a1");
        t.fact("custody", "arrested").place("Capital, Islands").date("2014-07-05").in("a2");
        t.fact("custody", "extradited").place("Territory").date("2014-07").in("a2");
        t.fact("custody", "transferred").place("Harbour City").date("2014").in("a2");
        Brief b = t.brief();

        List<CustodyStay> stays = b.custodyHistory();
        assertEquals(List.of("Capital, Islands", "Territory", "Harbour City"),
                stays.stream().map(CustodyStay::place).toList());
        assertEquals("2014-07-05", stays.get(0).from());
        assertEquals(List.of("F1", "F2", "F3"), stays.get(0).facts());
        assertEquals("2014-07", stays.get(0).until());
        assertEquals("2014", stays.get(1).until());
    }

    @Test
    void aReleaseEndsTheLastStayAndSetsTheStatus() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2019-10-26", "Courier");
        t.fact("custody", "arrested").place("Capital").date("2018-07-15");
        t.fact("custody", "held").place("County Jail, Capital").date("2019-04");
        t.fact("custody", "released").place("Capital").date("2019-10-25");
        Brief b = t.brief();

        assertEquals("released", b.status().value());
        assertEquals(1, b.custodyHistory().size());
        assertEquals("2019-10-25", b.custodyHistory().get(0).until());
        assertNull(b.custodyHistory().get(0).current());
        assertTrue(b.status().rule().contains("release"));
    }

    @Test
    void noCustodyFactsMeansStatusUnknownAndNoHistory() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2019-10-26", "Courier");
        t.fact("request", "release").actor("Family").status("open").date("2019-10");
        Brief b = t.brief();
        assertEquals("unknown", b.status().value());
        assertTrue(b.custodyHistory().isEmpty());
        assertNull(b.currentPlace());
    }
}

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

    @Test
    void movesToOnePlaceToldAsDifferentKindsMakeOneStay() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2022-11-20", "Courier");
        t.fact("custody", "arrested").place("Airport").date("2022-02-17");
        t.fact("custody", "extradited").place("Republic of Eastland").date("2022-11-09");
        t.fact("custody", "transferred").place("Eastland").date("2022-11");
        Brief b = t.brief();
        assertEquals(List.of("Airport", "Republic of Eastland"),
                b.custodyHistory().stream().map(CustodyStay::place).toList());
        assertEquals(List.of("F2", "F3"), b.custodyHistory().get(1).facts());
    }

    @Test
    void aStayWithNoDateIsListedButIsNotWhereThePersonIsNow() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2022-11-20", "Courier");
        t.fact("custody", "arrested").place("Capital").date("2021-03");
        t.fact("custody", "extradited").place("Other State");
        t.fact("custody", "held").place("Colony 2, Hilltown").date("2022-11");
        Brief b = t.brief();
        assertEquals("Colony 2, Hilltown", b.currentPlace().place());
        CustodyStay undated = b.custodyHistory().get(b.custodyHistory().size() - 1);
        assertEquals("Other State", undated.place());
        assertNull(undated.current());
    }

    @Test
    void requestsAboutDetentionLapseWhenThePersonIsFreed() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2022-04-28", "Courier");
        t.fact("custody", "arrested").place("Capital").date("2019-08");
        t.fact("request", "medical").actor("Parents").date("2021-11").status("open");
        t.fact("custody", "exchanged").place("Airfield").date("2022-04-27");
        Brief b = t.brief();
        assertTrue(b.outstandingRequests().isEmpty());
        assertEquals("lapsed", b.closedRequests().get(0).status());
        assertTrue(b.alerts().isEmpty(), b.alerts().toString());
    }
}

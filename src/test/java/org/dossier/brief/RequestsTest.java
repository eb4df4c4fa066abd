package org.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestsTest {

    @Test
    void aLaterRefusalClosesARequest() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2021-03-01", "Courier").article("a2", "2021-06-01", "Post");
        t.fact("request", "exchange").actor("Foreign Ministry").date("2021-02").status("open").in("a1");
        t.fact("request", "exchange").addressee("Interior Ministry").date("2021-05-20").status("refused").in("a2");
        Brief b = t.brief();

        assertTrue(b.outstandingRequests().isEmpty());
        RequestItem r = b.closedRequests().get(0);
        assertEquals("refused", r.status());
        assertEquals("Foreign Ministry", r.actor());
        assertEquals("2021-02", r.firstAsked());
        assertEquals(List.of("F1", "F2"), r.facts());
        assertTrue(r.rule().contains("closes a request"), r.rule());
        assertNull(r.daysOpen());
    }

    @Test
    void anEarlierRefusalDoesNotCloseARequestRaisedAgain() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2021-09-10", "Courier");
        t.fact("request", "medical").actor("Embassy").date("2021-01-10").status("open");
        t.fact("request", "medical").actor("Embassy").date("2021-02-15").status("refused");
        t.fact("request", "medical").actor("Embassy").date("2021-09-01").status("open");
        Brief b = t.brief();

        assertTrue(b.closedRequests().isEmpty());
        RequestItem r = b.outstandingRequests().get(0);
        assertEquals("open", r.status());
        assertEquals("2021-01-10", r.firstAsked());
        assertEquals("2021-09-01", r.lastRaised());
        assertEquals(243L, r.daysOpen());
    }

    @Test
    void requestsByDifferentRequestersAreKeptApart() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2022-02-09", "Courier");
        t.fact("request", "repatriation").actor("Deputy Minister").date("2021-12-06").status("open");
        t.fact("request", "repatriation").actor("His mother").date("2022").status("open");
        t.fact("request", "exchange").addressee("Other State").date("2021-08-30").status("refused");
        Brief b = t.brief();

        assertEquals(List.of("Deputy Minister", "His mother"),
                b.outstandingRequests().stream().map(RequestItem::actor).toList());
        assertEquals(65L, b.outstandingRequests().get(0).daysOpen());
        assertEquals("exchange", b.closedRequests().get(0).kind());
        assertEquals("refused", b.closedRequests().get(0).status());
    }

    @Test
    void underReviewIsOutstanding() throws Exception {
        TestFacts t = new TestFacts().article("a1", "2022-11-10", "Courier");
        t.fact("request", "exchange").actor("Secretary").date("2022-07").status("under_review");
        Brief b = t.brief();
        assertEquals("under_review", b.outstandingRequests().get(0).status());
    }
}

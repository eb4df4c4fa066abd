package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.brief.Brief;
import org.dossier.brief.CustodyStay;
import org.dossier.brief.Derived;
import org.dossier.brief.RequestItem;
import org.junit.jupiter.api.Test;

class SummaryWriterTest {

    private final SummaryWriter writer = new SummaryWriter(new Labels());

    @Test
    void aFullRecordGivesFiveSentences() {
        List<String> sentences = writer.sentences(TestBriefs.rich());
        assertEquals(5, sentences.size(), sentences.toString());
        assertEquals("Mikhail Vorontsov, a Russian national, is in custody at Federal Correctional Institution "
                + "Terminal Island, San Pedro, California, as last reported on 14 Mar 2023.", sentences.get(0));
        assertTrue(sentences.get(1).startsWith("The arrest was reported in Suvarnabhumi Airport, Bangkok on 3 Feb 2016; "
                + "custody since runs through 8 places, from Bangkok Remand Prison, Thailand to Federal"), sentences.get(1));
        assertEquals("The sentences reported are 14 years and 8 years 6 months, to run concurrently; by the rules' "
                + "estimate, release would come about 2031.", sentences.get(2));
        assertTrue(sentences.get(3).startsWith("There are 5 outstanding requests on the detainee's behalf; the oldest, "
                + "for repatriation, asked by Ministry of Foreign Affairs of the Russian Federation, has been open for 1,406 days"),
                sentences.get(3));
        assertEquals("The last consular visit reported was on 14 Mar 2023 by Consul General Aleksei Morozov, "
                + "6 days before the newest report.", sentences.get(4));
    }

    @Test
    void almostNothingKnownGivesThreeSentencesThatSaySo() {
        assertEquals(List.of("Anna Kowalska has no reported custody status.",
                "No request on the detainee's behalf is reported outstanding.",
                "No consular visit is reported."), writer.sentences(TestBriefs.sparse()));
    }

    @Test
    void aShortRouteIsToldInFullAndOneRequestInTheSingular() {
        Brief brief = releasedWith(List.of(new CustodyStay("Minsk", "2020", "2021", "r", List.of(), List.of()),
                        new CustodyStay("Vilnius", "2021", null, "r", List.of(), List.of())), familyAskingAccess(8L));
        List<String> sentences = writer.sentences(brief);
        assertEquals("Anna Kowalska has been reported released.", sentences.get(0));
        assertEquals("Custody runs through 2 places: Minsk → Vilnius.", sentences.get(1));
        assertEquals("One request on the detainee's behalf is outstanding: the request for access to the detainee, "
                + "asked by her family, has been open for 8 days.", sentences.get(2));
    }

    @Test
    void aYearOrMonthIsToldWithInAndADayWithOn() {
        assertEquals("in 2008", Dates.onOrIn("2008"));
        assertEquals("in Feb 2022", Dates.onOrIn("2022-02"));
        assertEquals("on 3 Feb 2016", Dates.onOrIn("2016-02-03"));
    }

    @Test
    void aRequestRaisedOnTheAsOfDayIsStillOpenNotOpenForNoDays() {
        Brief brief = releasedWith(List.of(), familyAskingAccess(0L));
        assertEquals("One request on the detainee's behalf is outstanding: the request for access to the detainee, "
                + "asked by her family, is still open.", writer.sentences(brief).get(1));
    }

    /** The sparse brief, released, with these places of custody and this outstanding request. */
    private static Brief releasedWith(List<CustodyStay> custody, RequestItem request) {
        Brief b = TestBriefs.sparse();
        return new Brief(b.schema(), b.person(), b.asOf(), new Derived("released", "r", List.of(), List.of()),
                null, custody, List.of(), List.of(), null, List.of(), null, List.of(request),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), b.sources(), List.of());
    }

    private static RequestItem familyAskingAccess(long daysOpen) {
        return new RequestItem("access", "her family", null, null, "open", "2023-01-01", null, daysOpen, "r",
                List.of(), List.of());
    }
}

package org.dossier.extract;

import static org.dossier.extract.Facts.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.facts.Fact;
import org.dossier.facts.FactMerger;
import org.junit.jupiter.api.Test;

class FactMergerTest {

    @Test
    void oneEventToldTwiceInAnArticleIsOneFactWithTheMostPreciseSlots() {
        List<Fact> merged = FactMerger.merge(List.of(
                fact("custody", "arrested", "ann-lee", "Minsk", "2021-03", "a1", 2),
                fact("custody", "arrested", "ann-lee", null, "2021-03-03", "a1", 9)));
        assertEquals(1, merged.size());
        assertEquals("2021-03-03", merged.get(0).date());
        assertEquals("Minsk", merged.get(0).place());
        assertEquals(2, merged.get(0).evidence().size());
    }

    @Test
    void twoArrestsOnDifferentDatesStayTwo() {
        assertEquals(2, FactMerger.merge(List.of(
                fact("custody", "arrested", "ann-lee", "Minsk", "2021-03-03", "a1", 2),
                fact("custody", "arrested", "ann-lee", "Minsk", "2021-06-02", "a1", 9))).size());
    }

    @Test
    void anArrestToldTwiceADayApartIsOneArrestOnTheEarlierDay() {
        List<Fact> merged = FactMerger.merge(List.of(
                fact("custody", "arrested", "ann-lee", null, "2013-11-08", "a1", 0),
                fact("custody", "arrested", "ann-lee", "San Cristobal", "2013-11-07", "a1", 5)));
        assertEquals(1, merged.size(), "'two days ago' and 'on Thursday evening': " + merged);
        assertEquals("2013-11-07", merged.get(0).date());
    }

    @Test
    void aReleaseFromACountryAndFromItsPrisonInOneArticleIsOneRelease() {
        List<Fact> merged = FactMerger.merge(List.of(
                fact("custody", "released", "ann-lee", "United States", "2019-10-25", "a1", 0),
                fact("custody", "released", "ann-lee", "Federal Prison, Tallahassee", null, "a1", 1)));
        assertEquals(1, merged.size());
        assertEquals("2019-10-25", merged.get(0).date());
    }

    @Test
    void aReleaseReportedADayAfterItHappenedIsOneReleaseOnTheDayItHappened() {
        List<Fact> merged = FactMerger.merge(List.of(
                fact("custody", "released", "ann-lee", null, "2023-12-16", "a1", 0),
                fact("custody", "released", "ann-lee", null, "2023-12-15", "a1", 7)));
        assertEquals(1, merged.size(), "freed on Friday, reported on Saturday: " + merged);
        assertEquals("2023-12-15", merged.get(0).date());
        assertEquals(2, FactMerger.merge(List.of(
                fact("custody", "released", "ann-lee", null, "2023-12-16", "a1", 0),
                fact("custody", "released", "ann-lee", null, "2023-10-02", "a1", 7))).size(),
                "freed in October and again in December: two releases");
    }

    @Test
    void otherArticlesMergeOnlyWhenADateOrPlaceAgrees() {
        assertEquals(2, FactMerger.merge(List.of(
                fact("legal", "charged", "ann-lee", null, null, "a1", 0),
                fact("legal", "charged", "ann-lee", null, null, "a2", 4))).size());
        assertEquals(1, FactMerger.merge(List.of(
                fact("legal", "charged", "ann-lee", null, "2021-04", "a1", 0),
                fact("legal", "charged", "ann-lee", null, "2021-04-07", "a2", 4))).size());
    }

    @Test
    void anArrestToldWithTheCityAndWithTheBuildingIsOneArrestAtTheBuilding() {
        List<Fact> merged = FactMerger.merge(List.of(
                fact("custody", "arrested", "ann-lee", "Minsk", null, "a1", 0),
                fact("custody", "arrested", "ann-lee", "Hotel Europa", "2021-03-03", "a1", 5)));
        assertEquals(1, merged.size(), merged.toString());
        assertEquals("2021-03-03", merged.get(0).date());
    }
}

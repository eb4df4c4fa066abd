package org.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.brief.derive.Terms;
import org.junit.jupiter.api.Test;

/** The end of a term, as precise as the date it is counted from, and "about" when that is only a month or a year. */
class ProjectedReleaseTest {

    @Test
    void aTermEndsOnADayOnlyWhenItStartsOnOne() {
        assertEquals("2027-03-03", Terms.endDate("2021-03-03", "P6Y"));
        assertEquals("2023-09", Terms.endDate("2021-03", "P2Y6M"), "a start known to the month ends in a month");
        assertEquals("2033", Terms.endDate("2008", "P25Y"));
        assertNull(Terms.endDate("2008", "life"), "a term that is not a duration gives no date");
        assertNull(Terms.endDate(null, "P6Y"));
    }

    @Test
    void anEstimateIsSaidAboutWhenItsStartIsOnlyAMonthOrAYear() {
        ProjectedRelease day = ProjectedRelease.of(summary("2031", "2031-07-05"));
        assertFalse(day.approximate());
        assertEquals("2031-07-05", day.text());
        ProjectedRelease month = ProjectedRelease.of(summary("2028", "2028-06"));
        assertTrue(month.approximate());
        assertEquals("about 2028-06", month.text());
        ProjectedRelease range = ProjectedRelease.of(summary("2041-2055", "2041-07-05/2055-07-05"));
        assertEquals("2041-07-05 to 2055-07-05", range.text(), "terms that may run one after another");
        assertEquals("2055-07-05", range.latest());
    }

    @Test
    void aBriefWrittenBeforeDatesKeepsItsYearsSaidAbout() {
        assertEquals("about 2041 to 2055", ProjectedRelease.of(summary("2041-2055", null)).text());
        assertNull(ProjectedRelease.of(summary(null, null)), "no estimate, none shown");
    }

    private static SentenceSummary summary(String year, String date) {
        return new SentenceSummary(List.of("P6Y"), false, List.of(), year, "r", List.of(), List.of(), "basis", "r", date);
    }
}

package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dateline with month and day but no year ("OAKDALE, March 4. /AGENCY/.") gets a year, marked inferred. */
class YearInferenceTest {

    @TempDir
    Path dir;

    private static String agencyReport(String place, String monthDay, String background) {
        return "All news\n\nEnvoy visits jailed sailor\n\n" + place + ", " + monthDay
                + ". /AGENCY/. The envoy visited Ivo Brandt in prison.\n\n" + background + "\n";
    }

    private Map<String, Article> readSet() {
        ArticleSet set = ArticleSet.read(List.of(dir));
        assertEquals(List.of(), set.errors());
        return set.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }

    @Test
    void yearFromTheSidecar() throws IngestException {
        Path txt = TestFiles.write(dir, "visit.txt", agencyReport("OAKDALE", "March 4", "He was arrested in 2015."));
        TestFiles.write(dir, "visit.json", "{\"date\": \"2021\"}");

        Article a = new ArticleReader().read(txt);

        assertEquals(LocalDate.of(2021, 3, 4), a.date(), "the sidecar's year, not the text's 2015");
        assertTrue(a.dateInferred());
    }

    @Test
    void yearFromAnotherArticleOnTheSameEvent() {
        TestFiles.write(dir, "a_wire.txt", """
                 date 2021-03-04 (@desk)

                OAKDALE (Harbor News / Wire - 4th March, 2021) The envoy visited Ivo Brandt in prison.
                """);
        TestFiles.write(dir, "b_agency.txt", agencyReport("OAKDALE", "March 4", "He was arrested in 2015."));

        Map<String, Article> articles = readSet();

        assertEquals(LocalDate.of(2021, 3, 4), articles.get("b_agency").date());
        assertTrue(articles.get("b_agency").dateInferred());
        assertFalse(articles.get("a_wire").dateInferred());
    }

    @Test
    void anotherPlaceOrDayIsNotTheSameEvent() {
        TestFiles.write(dir, "a_wire.txt", " date 2021-03-04 (@desk)\n\n"
                + "RIVERTON (Harbor News / Wire - 4th March, 2021) The envoy visited a sailor.\n");
        TestFiles.write(dir, "b_wire.txt", " date 2021-03-05 (@desk)\n\n"
                + "OAKDALE (Harbor News / Wire - 5th March, 2021) The envoy visited a sailor.\n");
        TestFiles.write(dir, "c_agency.txt", agencyReport("OAKDALE", "March 4", "He was arrested in 2015."));

        assertEquals(LocalDate.of(2015, 3, 4), readSet().get("c_agency").date(), "falls back to the text");
    }

    @Test
    void articlesThatDisagreeOnTheYearLendNone() {
        TestFiles.write(dir, "a.txt", " date 2020-03-04 (@desk)\n\n"
                + "OAKDALE (Wire - 4th March, 2020) The envoy visited a sailor.\n");
        TestFiles.write(dir, "b.txt", " date 2021-03-04 (@desk)\n\n"
                + "OAKDALE (Wire - 4th March, 2021) The envoy visited a sailor.\n");
        TestFiles.write(dir, "c.txt", agencyReport("OAKDALE", "March 4", "He was arrested in 2015."));

        assertEquals(LocalDate.of(2015, 3, 4), readSet().get("c").date());
    }

    @Test
    void yearFromTheLatestYearTheTextMentions() {
        TestFiles.write(dir, "report.txt", agencyReport("OAKDALE", "October 20",
                "Brandt was detained in July 2016. On April 2, 2017, a court sentenced him to a year in prison."));

        Article a = readSet().get("report");

        assertEquals(LocalDate.of(2017, 10, 20), a.date());
        assertTrue(a.dateInferred());
    }

    @Test
    void aYearLaterWhenTheTextReportsALaterDayOfThatYear() {
        TestFiles.write(dir, "report.txt", agencyReport("OAKDALE", "March 4",
                "Brandt was detained in July 2016 and sentenced in December 2016."));

        assertEquals(LocalDate.of(2017, 3, 4), readSet().get("report").date());
    }

    @Test
    void monthOfLastYearPinsTheYear() {
        TestFiles.write(dir, "report.txt", agencyReport("OAKDALE", "June 10",
                "Investigators say that in May of last year he took photographs. He was detained on May 20, 2018."));

        assertEquals(LocalDate.of(2019, 6, 10), readSet().get("report").date());
    }

    @Test
    void noYearAnywhereLeavesTheDateUnknown() {
        TestFiles.write(dir, "report.txt", agencyReport("OAKDALE", "March 4", "He was arrested last spring."));

        Article a = readSet().get("report");

        assertNull(a.date());
        assertFalse(a.dateInferred());
    }

    @Test
    void yearsAfterTodayAreForecastsNotBackground() {
        NarrativeYear narrative = new NarrativeYear(Year.of(2020));

        Optional<Year> year = narrative.infer("He was jailed in 2018 and is due for release in 2031.",
                MonthDay.of(3, 4));

        assertEquals(Optional.of(Year.of(2018)), year);
    }

    @Test
    void yearsThatLookAheadDoNotCount() {
        NarrativeYear narrative = new NarrativeYear(Year.of(2030));

        Optional<Year> year = narrative.infer("He was jailed in 2018 and must serve until 2026.", MonthDay.of(3, 4));

        assertEquals(Optional.of(Year.of(2018)), year);
    }
}

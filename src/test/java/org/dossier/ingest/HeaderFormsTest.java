package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each header form found in the articles, read by {@link ArticleReader}. */
class HeaderFormsTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private Article read(String name, String text) throws IngestException {
        return reader.read(TestFiles.write(dir, name, text));
    }

    @Test
    void dateTagWithHandleAndBracketedDateline() throws IngestException {
        Article a = read("tag_handle.txt", """
                 date 2021-03-04 (@deskeditor)

                OAKDALE (Harbor News / Wire - 4th March, 2021) Consul Mara Holt visited detained sailor Ivo Brandt on Wednesday.

                "He is in good spirits," Holt said.
                """);

        assertEquals("tag_handle", a.id());
        assertEquals(LocalDate.of(2021, 3, 4), a.date());
        assertFalse(a.dateInferred());
        assertEquals("Harbor News / Wire", a.outlet());
        assertEquals("OAKDALE", a.dateline());
        assertNull(a.headline());
        assertEquals("Consul Mara Holt visited detained sailor Ivo Brandt on Wednesday.\n\n"
                + "\"He is in good spirits,\" Holt said.", a.body());
    }

    @Test
    void dateTagWithSiteNameThenHeadline() throws IngestException {
        Article a = read("tag_site.txt", """
                 date 2020-06-30 NewsSite.com
                Envoy Demands Better Conditions For Jailed Sailor

                PORT LEWIS (Harbor News / Wire - 30th June, 2020) The envoy sent a note on Tuesday.
                """);

        assertEquals(LocalDate.of(2020, 6, 30), a.date());
        assertEquals("Envoy Demands Better Conditions For Jailed Sailor", a.headline());
        assertEquals("PORT LEWIS", a.dateline());
        assertEquals("Harbor News / Wire", a.outlet(), "the dateline's outlet is more specific than the site");
        assertEquals("The envoy sent a note on Tuesday.", a.body());
    }

    @Test
    void siteNameIsTheOutletWhenNothingElseNamesOne() throws IngestException {
        Article a = read("site_only.txt", """
                 date 2020-06-30 NewsSite.com
                The envoy sent a note on Tuesday.
                """);

        assertEquals("NewsSite.com", a.outlet());
        assertEquals("The envoy sent a note on Tuesday.", a.body());
    }

    @Test
    void agencyPageWithSlashedDatelineWithoutYear() throws IngestException {
        Article a = read("agency.txt", """
                All news

                Envoy visits jailed sailor in coastal prison

                The diplomat said conditions at the facility had worsened

                OAKDALE /Westshire/, March 4. /NEWSAGENCY/. The envoy visited Ivo Brandt, a TASS-style report said.

                Brandt was detained in May 2019.
                """);

        assertEquals("Envoy visits jailed sailor in coastal prison", a.headline());
        assertEquals("OAKDALE", a.dateline());
        assertEquals("NEWSAGENCY", a.outlet());
        assertEquals("The envoy visited Ivo Brandt, a TASS-style report said.\n\nBrandt was detained in May 2019."
                + "\n\nThe diplomat said conditions at the facility had worsened.",
                a.body(), "no 'All news', headline or dateline in the body; the sub-headline, which tells something, after the story");
    }

    @Test
    void aCaptionThatTellsWhatHappenedIsReadButABylineAndACreditAreNot() throws IngestException {
        Article a = read("caption.txt", """
                Two sailors freed in prisoner swap

                By Lena Orr and Tomas Vik
                Tuesday 14 January 2025 06:10 GMT
                Comments
                Ivo Brandt was detained by border guards when he sailed into Westshire waters in 2022
                Ivo Brandt, 44 (Family handout)

                The two sailors were exchanged for a smuggler on Monday, their families said.
                """);

        assertEquals("Two sailors freed in prisoner swap", a.headline());
        assertEquals("The two sailors were exchanged for a smuggler on Monday, their families said.\n\n"
                + "Ivo Brandt was detained by border guards when he sailed into Westshire waters in 2022.",
                a.body(), "the caption's arrest is part of the story; names, bylines and credits are not");
    }

    @Test
    void linesThatEndNoSentenceInsideTheStoryAreUnitsOfTheirOwn() throws IngestException {
        Article a = read("units.txt", """
                Sailor freed after a year in prison

                After a year in a Tarvian prison, Ivo Brandt is free.
                2 min read
                14 January 2025
                Supporters of the sailor protest outside the embassy (Agency)
                Tarvia released Ivo Brandt on Monday, his family said, and
                he flew home the same day.
                """);

        assertEquals("After a year in a Tarvian prison, Ivo Brandt is free.\n2 min read\n\n14 January 2025\n\n"
                + "Supporters of the sailor protest outside the embassy (Agency)\n\n"
                + "Tarvia released Ivo Brandt on Monday, his family said, and he flew home the same day.", a.body(),
                "a label, a date and a caption are apart from the sentence after them; a sentence that goes on stays whole");
    }

    @Test
    void dateTagGluedToFirstSentence() throws IngestException {
        Article a = read("glued.txt", """
                 date 2022-05-17 The wife of detained engineer Tomas Weld said on Tuesday, May 17, that calls were cut.

                She spoke to reporters.
                """);

        assertEquals(LocalDate.of(2022, 5, 17), a.date());
        assertNull(a.headline());
        assertNull(a.dateline());
        assertTrue(a.body().startsWith("The wife of detained engineer Tomas Weld said"));
        assertTrue(a.body().endsWith("She spoke to reporters."));
    }

    @Test
    void newspaperHeadlineThenDateLineThenDashedDateline() throws IngestException {
        Article a = read("paper.txt", """
                Detained engineer appears in court as family pleads for release

                Sept. 7, 2020

                RIVERTON, Eastland — A court on Monday extended the detention of Tomas Weld, his lawyer said.

                The hearing lasted an hour.
                """);

        assertEquals(LocalDate.of(2020, 9, 7), a.date());
        assertFalse(a.dateInferred());
        assertEquals("Detained engineer appears in court as family pleads for release", a.headline());
        assertEquals("RIVERTON", a.dateline());
        assertNull(a.outlet());
        assertEquals("A court on Monday extended the detention of Tomas Weld, his lawyer said.\n\n"
                + "The hearing lasted an hour.", a.body());
    }

    @Test
    void dashedDatelineWithADateInsteadOfARegion() throws IngestException {
        Article a = read("dated-dash.txt", """
                RIVERTON, November 4 – A court released Tomas Weld, his lawyer said.

                The hearing lasted an hour.
                """);

        assertEquals("RIVERTON", a.dateline());
        assertTrue(a.body().startsWith("A court released Tomas Weld"), a.body());
    }

    @Test
    void publishedAndEditedStamps() throws IngestException {
        Article a = read("stamps.txt", """
                Jailed engineer moved to a camp in the north – lawyers
                Published: 3 Feb, 2021 09:12
                Edited: 4 Feb, 2021 17:40

                Tomas Weld has been moved to a labour camp, his lawyers said on Tuesday.
                """);

        assertEquals(LocalDate.of(2021, 2, 3), a.date(), "the publication date, not the edit date");
        assertEquals("Jailed engineer moved to a camp in the north – lawyers", a.headline());
        assertEquals("Tomas Weld has been moved to a labour camp, his lawyers said on Tuesday.", a.body());
    }

    @Test
    void scrapedPageWithoutAnyDateKeepsTheDateUnknown() throws IngestException {
        Article a = read("scraped.txt", """
                Teacher sentenced to nine years over smuggling charge

                Share this article

                RIVERTON, Eastland — A court on Thursday sentenced teacher Nell Ames to nine years.

                Ames was detained in 2021 at the border.
                """);

        assertNull(a.date(), "no date line: a year mentioned in the text does not make a date");
        assertFalse(a.dateInferred());
        assertEquals("Teacher sentenced to nine years over smuggling charge", a.headline());
        assertEquals("RIVERTON", a.dateline());
        assertTrue(a.body().startsWith("A court on Thursday sentenced"), "no 'Share this article' in the body");
    }

    @Test
    void plainTextWithoutHeaderIsAllBody() throws IngestException {
        Article a = read("plain.txt", "Tomas Weld was released on Friday. He flew home.\n");

        assertNull(a.date());
        assertNull(a.headline());
        assertNull(a.dateline());
        assertEquals("Tomas Weld was released on Friday. He flew home.", a.body());
    }

    @Test
    void windowsLineEndingsAndByteOrderMark() throws IngestException {
        Article a = read("windows.txt", "\uFEFFEngineer freed after two years in jail\r\n\r\nMarch 9, 2023\r\n\r\n"
                + "Tomas Weld was freed on Thursday.\r\n\r\nHe thanked the consul.\r\n");

        assertEquals("Engineer freed after two years in jail", a.headline());
        assertEquals(LocalDate.of(2023, 3, 9), a.date());
        assertEquals("Tomas Weld was freed on Thursday.\n\nHe thanked the consul.", a.body());
    }

    @Test
    void aParenthesisAfterCapitalsIsNotADateline() throws IngestException {
        Article a = read("acronym.txt", "UN (United Nations) officials said on Monday that Weld was ill.\n");

        assertNull(a.dateline());
        assertNull(a.outlet());
        assertEquals("UN (United Nations) officials said on Monday that Weld was ill.", a.body());
    }

    @Test
    void wireServiceDatelines() throws IngestException {
        Article ap = read("ap.txt", "OAKDALE (AP) — The envoy visited Ivo Brandt on Monday.\n");
        Article wire = read("wire.txt", "OAKDALE, Nov 5 (Wire Service) - The envoy visited Ivo Brandt on Monday.\n");

        assertEquals("AP", ap.outlet());
        assertEquals("OAKDALE", ap.dateline());
        assertEquals("The envoy visited Ivo Brandt on Monday.", ap.body());
        assertEquals("Wire Service", wire.outlet());
        assertEquals("OAKDALE", wire.dateline());
        assertEquals("The envoy visited Ivo Brandt on Monday.", wire.body());
        assertNull(wire.date(), "November 5 of no year the text supports");
    }

    @Test
    void anOutletInBracketsWithNoPlaceBeforeItIsNoPartOfTheStory() throws IngestException {
        Article bare = read("bare.txt", "(Harbor Wire) Consul Mara Holt visited Ivo Brandt on Monday.\n");
        Article dashed = read("dashed.txt", "(Harbor Wire) - Consul Mara Holt visited Ivo Brandt on Monday.\n");

        assertEquals("Harbor Wire", bare.outlet());
        assertNull(bare.dateline());
        assertEquals("Consul Mara Holt visited Ivo Brandt on Monday.", bare.body());
        assertEquals("Consul Mara Holt visited Ivo Brandt on Monday.", dashed.body());
    }

    @Test
    void aFirstLineAsLongAsASentenceIsTheStorysLeadNotAHeadline() throws IngestException {
        Article a = read("lead.txt", """
                Two Tarvian sailors held in Oakdale have been charged with smuggling, after they allegedly carried goods across the border without papers, the harbour police told reporters on Tuesday
                Ivo Brandt and Ana Brell were arrested last month.
                """);

        assertTrue(a.body().startsWith("Two Tarvian sailors held in Oakdale have been charged with smuggling"),
                "the charge is told in the story: " + a.body());
        assertTrue(a.body().contains("Ivo Brandt and Ana Brell were arrested last month."), a.body());
    }

    @Test
    void aDatelineSetOffByAHorizontalBar() throws IngestException {
        Article bar = read("bar.txt", "OAKDALE (Wire) \u2015 Ivo Brandt was moved to a hospital, media reported.\n");

        assertEquals("OAKDALE", bar.dateline());
        assertEquals("Ivo Brandt was moved to a hospital, media reported.", bar.body(), "the place is no subject of the story");
    }

    @Test
    void aSentenceWrappedOverLinesIsOneLineAgainAndAHeadlineLineStaysApart() throws IngestException {
        Article a = read("wrapped.txt", """
                Tarvia frees sailor
                Ivo Brandt, a sailor held in a Tarvian prison
                since the spring, was released on Monday, his
                family said.
                """);

        assertEquals("Ivo Brandt, a sailor held in a Tarvian prison since the spring, was released on Monday, his family said.",
                a.body(), "one sentence, one line: every line break ends a sentence for the splitter");
    }

    @Test
    void aDateWithAnEmptyBylineIsNoPartOfTheFirstSentence() throws IngestException {
        Article a = read("byline.txt", """
                Tarvia frees sailor
                Monday 4 March 2024, by
                Ivo Brandt, a sailor held in a Tarvian prison, was released on Monday.
                """);

        assertEquals("Ivo Brandt, a sailor held in a Tarvian prison, was released on Monday.", a.body(),
                "the byline names no one and starts no sentence");
    }
}

package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.dossier.brief.Brief;
import org.dossier.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class BriefRendererTest {

    private static final List<String> SECTIONS = List.of("Summary", "Alerts", "Custody history", "Legal history",
            "Diplomatic actions", "Requests", "Outstanding", "Granted, refused or withdrawn",
            "Health, conditions and contact", "Conflicts and uncertain dates", "Sources");

    private static byte[] rich;
    private static byte[] sparse;

    @BeforeAll
    static void render() {
        BriefRenderer renderer = new BriefRenderer();
        rich = renderer.render(TestBriefs.rich());
        sparse = renderer.render(TestBriefs.sparse());
    }

    @Test
    void richBriefHoldsEverySectionAndKeyItem() {
        String text = PdfText.of(rich);
        for (String section : SECTIONS) {
            assertTrue(text.contains(section), "section " + section);
        }
        for (String item : List.of("Mikhail Vorontsov", "Russian", "In custody",
                "Federal Correctional Institution Terminal Island, San Pedro, California", "last reported 14 Mar 2023",
                "14 years, 8 years 6 months (concurrent)", "about 2031 (estimate)",
                "Bangkok Remand Prison, Thailand", "Guam (US territory)", "Arrested", "Extradited",
                "Convicted", "Pleaded guilty", "Diplomatic note", "PLANNED", "Transfer to",
                "Repatriation", "UNDER REVIEW", "1,406", "Prisoner", "Refused", "Withdrawn",
                "heart condition", "Restricted", "with family", "Denied", "3 Feb 2016 / 4 Feb 2016", "14 years / 15 years", "017_c0ffee0000000017",
                "Medical care has been requested", "New consular visit on 14 Mar 2023.")) {
            assertTrue(text.contains(item), "item " + item);
        }
    }

    @Test
    void richBriefCitesSourcesWithOutletArticleAndQuote() {
        String sources = PdfText.pages(rich, PdfText.pageCount(rich) - 4, PdfText.pageCount(rich));
        assertTrue(sources.contains("РИА Новости"), "Cyrillic outlet");
        assertTrue(sources.contains(TestBriefs.CYRILLIC_QUOTE.substring(1, 40)), "Cyrillic quote");
        assertTrue(sources.contains("006_c0ffee0000000006"), "article id");
        assertTrue(sources.contains("sentence 12"), "sentence number");
        assertTrue(PdfText.raw(rich).contains("Ministry of Foreign Affairs"), "no ligatures in the text");
        String all = PdfText.of(rich);
        assertTrue(all.contains(TestBriefs.LONG_QUOTE_START), "start of the long quote");
        assertTrue(all.contains("(point 40)"), "end of the long quote");
    }

    @Test
    void pageOneIsTheBriefAndItsSummary() {
        String first = PdfText.page(rich, 1);
        assertTrue(first.contains("Detainee brief · as of 20 Mar 2023".toUpperCase()) || first.contains("DETAINEE BRIEF"));
        assertTrue(first.contains("Outstanding requests 5"), first);
        assertTrue(first.contains("Alerts 3"), first);
        assertTrue(first.contains("Last consular visit 14 Mar 2023"), first);
        assertTrue(first.contains("Mikhail Vorontsov, a Russian national, is in custody at"), first);
        assertTrue(first.contains("There are 5 outstanding requests on the detainee's behalf; the oldest, for repatriation"), first);
        assertTrue(first.contains("HIGH Medical care has been requested"), first);
    }

    @Test
    void richBriefSpansPagesWithHeaderAfterTheFirstAndFooterOnEach() {
        int pages = PdfText.pageCount(rich);
        assertTrue(pages > 3, "pages: " + pages);
        String header = "Mikhail Vorontsov · Detainee brief as of 20 Mar 2023";
        assertFalse(PdfText.page(rich, 1).contains(header), "no running header on page one");
        for (int page = 1; page <= pages; page++) {
            String text = PdfText.page(rich, page);
            assertTrue(text.contains("Page " + page + " of " + pages), "footer page number on " + page);
            assertTrue(text.contains("Dossier · facts as of 20 Mar 2023"), "as-of date in the footer on " + page);
            assertFalse(text.contains("made "), "no date of making given, none said");
            if (page > 1) {
                assertTrue(text.contains(header), "header on page " + page);
            }
        }
    }

    @Test
    void nothingRunsOffThePage() {
        float margin = 17 / 25.4f * 72;
        for (byte[] pdf : List.of(rich, sparse)) {
            float[] bounds = TextBounds.of(pdf);
            assertTrue(bounds[0] <= bounds[2] - margin + 1, "rightmost glyph at " + bounds[0] + " of " + bounds[2]);
            assertTrue(bounds[1] <= bounds[3] - 5, "lowest glyph at " + bounds[1] + " of " + bounds[3]);
        }
    }

    @Test
    void tablesRepeatTheirHeaderWhenTheySplit() {
        int pages = PdfText.pageCount(rich);
        long withSourcesHeader = 0;
        for (int page = 1; page <= pages; page++) {
            if (PdfText.page(rich, page).contains("# Outlet, date, article Quoted sentence")) {
                withSourcesHeader++;
            }
        }
        assertTrue(withSourcesHeader >= 2, "the sources table header shows on every page it spans: " + withSourcesHeader);
    }

    @Test
    void sparseBriefSaysWhatIsUnknown() {
        String text = PdfText.of(sparse);
        for (String section : SECTIONS) {
            assertTrue(text.contains(section), "section " + section);
        }
        for (String unknown : List.of("Nationality not reported", "No place of custody reported.",
                "No court events reported.", "No sentence reported.", "No consular visit reported.",
                "No diplomatic action reported.", "No outstanding request reported.",
                "No illness, injury or disability reported.", "No disagreement between sources found.",
                "No alerts", "Anna Kowalska has no reported custody status.", "No consular visit is reported.")) {
            assertTrue(text.contains(unknown), "says: " + unknown);
        }
        assertTrue(PdfText.pageCount(sparse) <= 2, "a short brief");
    }

    @Test
    void sameBriefGivesSameBytes() {
        byte[] again = new BriefRenderer().render(TestBriefs.rich());
        assertArrayEquals(rich, again);
        assertArrayEquals(sparse, new BriefRenderer().render(TestBriefs.sparse()));
    }

    @Test
    void concurrentRendersGiveTheSameBytes() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Brief brief = i % 2 == 0 ? TestBriefs.rich() : TestBriefs.sparse();
                renders.add(pool.submit(() -> new BriefRenderer().render(brief)));
            }
            for (int i = 0; i < renders.size(); i++) {
                assertArrayEquals(i % 2 == 0 ? rich : sparse, renders.get(i).get(), "render " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void bytesDoNotDependOnTheDefaultLocaleOrTimeZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(new Locale("ru", "RU"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            assertArrayEquals(rich, new BriefRenderer().render(TestBriefs.rich()));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void theBriefJsonRendersToTheSameBytes() throws Exception {
        Brief read = Json.MAPPER.readValue(Json.bytes(TestBriefs.rich()), Brief.class);
        assertArrayEquals(rich, new BriefRenderer().render(read), "the PDF depends on the brief model only");
    }

    @Test
    void generationTimeComesFromTheBriefOrIsGiven() throws Exception {
        Instant given = Instant.parse("2024-05-06T07:08:00Z");
        byte[] pdf = new BriefRenderer(given).render(TestBriefs.sparse());
        String text = PdfText.of(pdf);
        assertTrue(text.contains("· made 6 May 2024"), text);
        assertFalse(text.contains("generated"), "the as-of date is never called the generation date");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(given.toEpochMilli(), doc.getDocumentInformation().getCreationDate().getTimeInMillis());
        }
        try (PDDocument doc = Loader.loadPDF(sparse)) {
            Calendar created = doc.getDocumentInformation().getCreationDate();
            assertEquals(Instant.parse("2024-01-09T00:00:00Z").toEpochMilli(), created.getTimeInMillis());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<xmp:CreateDate>2024-01-09T00:00:00+00:00</xmp:CreateDate>"), xmp);
            assertTrue(xmp.contains("<xmp:ModifyDate>2024-01-09T00:00:00+00:00</xmp:ModifyDate>"), xmp);
        }
    }

    @Test
    void documentHasTitleLanguageBookmarksAndEmbeddedFonts() throws Exception {
        try (PDDocument doc = Loader.loadPDF(rich)) {
            assertEquals("Detainee brief: Mikhail Vorontsov", doc.getDocumentInformation().getTitle());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot(), "tagged");
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "marked");
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertEquals(List.of("Summary", "Custody history", "Legal history", "Diplomatic actions", "Requests",
                    "Health, conditions and contact", "Conflicts and uncertain dates", "Sources"), bookmarks);
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getName().contains("DejaVu"), font.getName());
                }
            }
        }
    }

    @Test
    void richAndSparseBriefsAreValidPdfUa1() throws Exception {
        assertEquals(List.of(), PdfValidation.failures(rich, PDFAFlavour.PDFUA_1), "rich brief");
        assertEquals(List.of(), PdfValidation.failures(sparse, PDFAFlavour.PDFUA_1), "sparse brief");
    }

    @Test
    void richAndSparseBriefsAreValidPdfA2u() throws Exception {
        assertEquals(List.of(), PdfValidation.failures(rich, PDFAFlavour.PDFA_2_U), "rich brief");
        assertEquals(List.of(), PdfValidation.failures(sparse, PDFAFlavour.PDFA_2_U), "sparse brief");
    }

    @Test
    void theValidatorRejectsAnUntaggedPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            assertFalse(PdfValidation.failures(out.toByteArray(), PDFAFlavour.PDFUA_1).isEmpty(), "a plain PDF is not PDF/UA");
        }
    }

    @Test
    void aBriefWithNullListsStillRenders() {
        Brief empty = new Brief(Brief.SCHEMA, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        String text = PdfText.of(new BriefRenderer().render(empty));
        assertTrue(text.contains("Unnamed person"), text);
        assertTrue(text.contains("Dossier · facts as of "), text);
    }
}

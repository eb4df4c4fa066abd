package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dossier.caseload.Caseload;
import org.dossier.caseload.CaseloadRow;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The one-page caseload PDF: tagged like the briefs, every detainee on the page, the same bytes each time. */
class CaseloadPdfTest {

    static Caseload caseload(int people) {
        List<CaseloadRow> rows = new ArrayList<>();
        rows.add(new CaseloadRow("ana-torve", "Ana Torve", "Northlander", "pretrial_detention", "Brazil",
                "Arland Remand Centre", 153L, true, 112L, 0L, 152L, null, false, 2, 1, "2023-05-12 transferred (Arland)",
                "2023-09-30"));
        rows.add(new CaseloadRow("eli-marr", "Eli Marr", "Southlander", "convicted_serving_sentence", "Peru", "Lima",
                900L, false, null, 30L, null, "2029-03-01/2033-03-01", false, 0, 0, "2022-01-10 sentenced (Lima)",
                "2023-08-31"));
        for (int i = rows.size(); i < people; i++) {
            rows.add(new CaseloadRow("person-" + i, "Person Number " + i, "Westlander", "on_trial", null, "Harbour Jail",
                    (long) i * 10, false, null, 5L, null, "20" + (30 + i % 60), true, 0, 0, null, "2023-09-01"));
        }
        return new Caseload("2023-09-30", rows);
    }

    @Test
    void isTaggedPdfUaAndPdfAAsTheBriefsAre() throws Exception {
        byte[] pdf = new CaseloadPdf().render(caseload(2));
        assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFA_2_U));
        assertArrayEquals(pdf, new CaseloadPdf().render(caseload(2)), "the same caseload, the same bytes");
    }

    @Test
    void everyDetaineeIsOnOnePageWithTheirFigures() throws Exception {
        try (PDDocument doc = Loader.loadPDF(new CaseloadPdf().render(caseload(24)))) {
            assertEquals(1, doc.getNumberOfPages(), "two dozen detainees fit one page");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String expected : List.of("24 detainees at a glance", "Ana Torve", "≥ 153", "Person Number 23",
                    "1 Mar 2029 to 1 Mar 2033", "about 2053", "2 (1 high)", "counted to 30 Sep 2023")) {
                assertTrue(text.contains(expected), expected + " in: " + text);
            }
        }
    }
}

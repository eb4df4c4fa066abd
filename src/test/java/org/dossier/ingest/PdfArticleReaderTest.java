package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfArticleReaderTest {

    @Test
    void aPrintedArticleGivesTheSameTextAsThePlainTextVersionWithoutRunningHeadsAndFeet(@TempDir Path dir)
            throws Exception {
        byte[] pdf = TestPdfs.kessel();
        Path file = TestPdfs.write(dir, "kessel.pdf", pdf);

        Article fromPdf = new ArticleReader().read(file);
        Article fromText = new ArticleReader().read(HtmlArticleReaderTest.TEXT);

        assertTrue(PdfPages.count(pdf) >= 2, "the test PDF should run over pages");
        assertEquals(fromText.body(), fromPdf.body());
        assertFalse(fromPdf.body().contains("Court report"));
        assertFalse(fromPdf.body().contains("Page "));
        assertEquals(LocalDate.of(2024, 3, 12), fromPdf.date());
        assertEquals("Northland teacher moved", fromPdf.headline());
    }

    @Test
    void encryptedAndScannedPdfsAreOneLineErrorsAndTheOthersAreStillRead(@TempDir Path dir) throws Exception {
        TestPdfs.write(dir, "a-locked.pdf", TestPdfs.encrypted(TestPdfs.kessel()));
        TestPdfs.write(dir, "b-scan.pdf", TestPdfs.scanned());
        TestPdfs.write(dir, "c-broken.pdf", "%PDF-1.7 this is not really a PDF".getBytes());
        TestPdfs.write(dir, "kessel.pdf", TestPdfs.kessel());

        ArticleSet set = ArticleSet.read(List.of(dir));

        assertEquals(List.of("kessel"), set.articles().stream().map(Article::id).toList());
        List<String> errors = set.errors().stream().map(IngestError::message).toList();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(dir.resolve("a-locked.pdf") + ": is encrypted with a password"), errors.get(0));
        assertTrue(errors.get(1).startsWith(dir.resolve("b-scan.pdf") + ": has no text to read (a scanned PDF?"),
                errors.get(1));
        assertTrue(errors.get(2).startsWith(dir.resolve("c-broken.pdf") + ": is not a readable PDF"), errors.get(2));
        errors.forEach(e -> assertFalse(e.contains("\n"), e));
    }
}

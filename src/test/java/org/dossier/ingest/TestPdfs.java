package org.dossier.ingest;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** PDFs written for tests: a printed article laid out from HTML, an encrypted one, a scan without text. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /**
     * The article as a small-page PDF (so it runs over several pages) with a running head and a
     * numbered foot on every page, and a creation date in its document information.
     */
    public static byte[] printed(String title, String bodyHtml, Calendar created) {
        String html = "<html><head><title>" + title + "</title><style>"
                + "@page { size: 90mm 100mm; margin: 18mm 10mm;"
                + " @top-center { content: 'The Riverton Courier - Court report'; font-size: 8pt }"
                + " @bottom-center { content: 'Page ' counter(page) ' of ' counter(pages); font-size: 8pt } }"
                + "body { font-family: sans-serif; font-size: 11pt } p { margin: 0 0 8pt 0 }"
                + "</style></head><body>" + bodyHtml + "</body></html>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().withHtmlContent(html, null).toStream(out).run();
            try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                if (created != null) {
                    pdf.getDocumentInformation().setCreationDate(created);
                }
                return bytes(pdf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test article {@code src/test/resources/ingest/kessel.txt} printed as a PDF dated 2024-03-12. */
    public static byte[] kessel() {
        StringBuilder html = new StringBuilder("<h1>Northland teacher moved to a penal colony, lawyer says</h1>");
        String text;
        try {
            text = Files.readString(Path.of("src/test/resources/ingest/kessel.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String paragraph : text.substring(text.indexOf("RIVERTON")).split("\n\n")) {
            html.append("<p>").append(paragraph.strip()).append("</p>");
        }
        return printed("Northland teacher moved", html.toString(), day(2024, 3, 12));
    }

    public static Calendar day(int year, int month, int day) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(year, month - 1, day, 10, 0);
        return c;
    }

    /** {@code pdf} encrypted with a password needed to open it. */
    public static byte[] encrypted(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "open-sesame",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page with only a drawing on it, as a scanner makes (an image, no text). */
    public static byte[] scanned() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.addRect(50, 50, 400, 600);
                content.fill();
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    static Path write(Path dir, String name, byte[] pdf) {
        return TestFiles.write(dir, name, pdf);
    }
}

package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF (a court ruling, an NGO's urgent action, a printed article): its text by PDFBox, page by
 * page, without the lines repeated at the top or bottom of the pages; title, author and date
 * from the document information.
 */
final class PdfArticleReader {

    static final long MAX_BYTES = 50L << 20;

    private PdfArticleReader() {
    }

    static SourceText read(Path file) throws IngestException {
        checkSize(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (!pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new IngestException(file, "is encrypted and does not allow its text to be copied; save its text "
                        + "as a .txt article instead");
            }
            List<List<String>> pages = pages(pdf);
            String text = PdfParagraphs.of(PageChrome.without(pages));
            if (text.isBlank()) {
                throw new IngestException(file, "has no text to read (a scanned PDF? run it through OCR first, or "
                        + "save its text as a .txt article)");
            }
            return new SourceText(text, metadata(pdf.getDocumentInformation()));
        } catch (InvalidPasswordException e) {
            throw new IngestException(file, "is encrypted with a password; save it without the password, or its "
                    + "text as a .txt article");
        } catch (IOException e) {
            throw new IngestException(file, "is not a readable PDF: " + e.getMessage());
        }
    }

    /** Each page's lines. */
    private static List<List<String>> pages(PDDocument pdf) throws IOException {
        PdfLines lines = new PdfLines();
        List<List<String>> pages = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            pages.add(lines.page(pdf, page));
        }
        return pages;
    }

    private static PageMetadata metadata(PDDocumentInformation info) {
        Calendar created = info.getCreationDate();
        LocalDate date = created == null ? null
                : created.toInstant().atZone(created.getTimeZone() == null ? ZoneId.of("UTC")
                        : created.getTimeZone().toZoneId()).toLocalDate();
        return new PageMetadata(date, blankToNull(info.getTitle()), null, blankToNull(info.getAuthor()), null,
                "the PDF's document information");
    }

    private static void checkSize(Path file) throws IngestException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IngestException(file, "is " + (size >> 20) + " MB; PDFs over " + (MAX_BYTES >> 20)
                        + " MB are not read");
            }
        } catch (IOException e) {
            throw new IngestException(file, "cannot be read: " + e.getMessage());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.dossier.ingest;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of each page of a PDF, a blank line where a paragraph ends. Besides PDFBox's own
 * paragraph detection (by spacing), a change of type size starts a paragraph, so that a title
 * set large does not run into the first line of the text under it.
 */
final class PdfLines extends PDFTextStripper {

    /** A line in a size this much larger or smaller than the line before it starts a new paragraph. */
    private static final float SIZE_CHANGE = 0.2f;

    private float lastSize;
    private boolean lineStart = true;

    PdfLines() {
        setSortByPosition(true);
        setParagraphEnd(getLineSeparator());
    }

    List<String> page(PDDocument pdf, int page) throws IOException {
        setStartPage(page);
        setEndPage(page);
        lastSize = 0;
        lineStart = true;
        return getText(pdf).lines().map(String::strip).toList();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (lineStart && !positions.isEmpty()) {
            float size = positions.get(0).getHeightDir();
            if (lastSize > 0 && Math.abs(size - lastSize) > SIZE_CHANGE * lastSize) {
                writeLineSeparator();
            }
            lastSize = size;
        }
        lineStart = false;
        super.writeString(text, positions);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        super.writeLineSeparator();
        lineStart = true;
    }
}

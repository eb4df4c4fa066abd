package org.dossier.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The rightmost and lowest extent of any glyph in a PDF, in points, to check nothing runs off the page. */
final class TextBounds extends PDFTextStripper {

    private float right;
    private float bottom;

    private TextBounds() {
    }

    /** {right, bottom, page width, page height} over all pages. */
    static float[] of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            TextBounds bounds = new TextBounds();
            bounds.getText(doc);
            var box = doc.getPage(0).getMediaBox();
            return new float[] {bounds.right, bounds.bottom, box.getWidth(), box.getHeight()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            bottom = Math.max(bottom, p.getYDirAdj());
        }
    }
}

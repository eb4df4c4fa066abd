package org.dossier.render;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One face of one document, made from an already parsed TrueType font the first time the
 * layout asks for it: subset on saving, like a font read from its file, without parsing the file
 * again. The same instance serves every registration of the face, so it is embedded once.
 */
final class DocumentFont extends PDFontSupplier {

    private final PDDocument doc;
    private final TrueTypeFont parsed;
    private PDFont font;

    DocumentFont(PDDocument doc, TrueTypeFont parsed) {
        super(null);
        this.doc = doc;
        this.parsed = parsed;
    }

    @Override
    public synchronized PDFont supply() {
        if (font == null) {
            try {
                font = PDType0Font.load(doc, parsed, true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed a font", e);
            }
        }
        return font;
    }

    static TrueTypeFont parse(byte[] ttf) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse a shipped font", e);
        }
    }
}

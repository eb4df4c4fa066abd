package org.dossier.render;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The fonts embedded in every brief: DejaVu Sans and DejaVu Sans Condensed (Latin, Greek,
 * Cyrillic), shipped in {@code src/main/resources/fonts/}. Read once, and parsed once for each
 * document rendered at the same time (see {@link ParsedFonts}); each render registers them again
 * because a renderer owns its fonts.
 */
final class PdfFonts {

    static final String SANS = "DejaVu Sans";
    static final String CONDENSED = "DejaVu Sans Condensed";

    // Before FACES: loading the faces uses these.
    private static final int GSUB = tag("GSUB");
    private static final int HIDDEN_GSUB = tag("XSUB");

    record Face(String family, int weight, FontStyle style, boolean fallback, byte[] bytes) {
    }

    static final List<Face> FACES = List.of(
            face(SANS, 400, FontStyle.NORMAL, true, "DejaVuSans.ttf"),
            face(SANS, 700, FontStyle.NORMAL, false, "DejaVuSans-Bold.ttf"),
            face(SANS, 400, FontStyle.ITALIC, false, "DejaVuSans-Oblique.ttf"),
            face(CONDENSED, 400, FontStyle.NORMAL, false, "DejaVuSansCondensed.ttf"),
            face(CONDENSED, 700, FontStyle.NORMAL, false, "DejaVuSansCondensed-Bold.ttf"),
            face(CONDENSED, 400, FontStyle.ITALIC, false, "DejaVuSansCondensed-Oblique.ttf"));

    private PdfFonts() {
    }

    /**
     * The fonts of one document, lent for as long as it is being rendered and saved: each face
     * goes into {@code doc} from its parsed font when the layout first needs it.
     */
    static final class DocumentFonts implements AutoCloseable {
        private final ParsedFonts.Lease lease;
        private final List<DocumentFont> fonts = new ArrayList<>();

        private DocumentFonts(PDDocument doc) {
            this.lease = ParsedFonts.SHARED.borrow();
            List<TrueTypeFont> parsed = lease.fonts();
            for (int i = 0; i < FACES.size(); i++) {
                fonts.add(new DocumentFont(doc, parsed.get(i)));
            }
        }

        /**
         * For the SVG drawer, which draws with AWT fonts, the font files themselves, and only those of
         * the chart's family: the drawer hashes each file it is given at every render.
         */
        void register(PdfRendererBuilder builder) {
            for (int i = 0; i < FACES.size(); i++) {
                Face face = FACES.get(i);
                builder.useFont(fonts.get(i), face.family(), face.weight(), face.style(), true);
                if (face.family().equals(CustodyRoute.FAMILY)) {
                    builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(),
                            face.style(), true, EnumSet.of(FSFontUseCase.SVG));
                }
            }
        }

        /**
         * The final fallback: no glyph then ever needs a non-embedded base-14 font. Registered apart,
         * on the built renderer, because a face registered for both uses is no longer matched by weight
         * and the builder takes a ready font for documents only.
         */
        void registerFallback(PdfBoxRenderer renderer) {
            for (int i = 0; i < FACES.size(); i++) {
                Face face = FACES.get(i);
                if (face.fallback()) {
                    renderer.getFontResolver().addFont(fonts.get(i), face.family(), face.weight(),
                            face.style() == FontStyle.NORMAL ? IdentValue.NORMAL : IdentValue.ITALIC, true,
                            FontGroup.FINAL_FALLBACK);
                }
            }
        }

        /** Gives the parsed fonts back; only once the document is saved, as saving subsets them. */
        @Override
        public void close() {
            lease.close();
        }
    }

    static DocumentFonts forDocument(PDDocument doc) {
        return new DocumentFonts(doc);
    }

    /** Every face parsed again, as a fresh set for {@link ParsedFonts}. */
    static List<TrueTypeFont> parseAll() {
        List<TrueTypeFont> parsed = new ArrayList<>();
        for (Face face : FACES) {
            parsed.add(DocumentFont.parse(face.bytes()));
        }
        return parsed;
    }

    /**
     * Hides the font's GSUB table by renaming its tag, so PDFBox draws no ligatures: with them,
     * "ff" in "Affairs" or in an article id is copied, searched and read aloud as one odd character.
     */
    static byte[] withoutLigatures(byte[] ttf) {
        ByteBuffer font = ByteBuffer.wrap(ttf);
        int tables = Short.toUnsignedInt(font.getShort(4));
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (font.getInt(entry) == GSUB) {
                font.putInt(entry, HIDDEN_GSUB);
            }
        }
        return ttf;
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    private static Face face(String family, int weight, FontStyle style, boolean fallback, String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the classpath");
            }
            return new Face(family, weight, style, fallback, withoutLigatures(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

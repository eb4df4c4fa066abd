package org.dossier.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

/**
 * The fonts embedded in every brief: DejaVu Sans and DejaVu Sans Condensed (Latin, Greek,
 * Cyrillic), shipped in {@code src/main/resources/fonts/}. Read once; each render registers
 * them again because a renderer owns its fonts.
 */
final class PdfFonts {

    static final String SANS = "DejaVu Sans";
    static final String CONDENSED = "DejaVu Sans Condensed";

    // Before FACES: loading the faces uses these.
    private static final int GSUB = tag("GSUB");
    private static final int HIDDEN_GSUB = tag("XSUB");

    private record Face(String family, int weight, FontStyle style, boolean fallback, byte[] bytes) {
    }

    private static final List<Face> FACES = List.of(
            face(SANS, 400, FontStyle.NORMAL, true, "DejaVuSans.ttf"),
            face(SANS, 700, FontStyle.NORMAL, false, "DejaVuSans-Bold.ttf"),
            face(SANS, 400, FontStyle.ITALIC, false, "DejaVuSans-Oblique.ttf"),
            face(CONDENSED, 400, FontStyle.NORMAL, false, "DejaVuSansCondensed.ttf"),
            face(CONDENSED, 700, FontStyle.NORMAL, false, "DejaVuSansCondensed-Bold.ttf"),
            face(CONDENSED, 400, FontStyle.ITALIC, false, "DejaVuSansCondensed-Oblique.ttf"));

    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(),
                    face.style(), true, EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
            if (face.fallback()) {
                // Registered apart: as the final fallback no glyph ever needs a non-embedded base-14 font,
                // and a face registered for both uses is no longer matched by weight.
                builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(),
                        face.style(), true, EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
            }
        }
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

package org.dossier.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private static Face face(String family, int weight, FontStyle style, boolean fallback, String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the classpath");
            }
            return new Face(family, weight, style, fallback, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

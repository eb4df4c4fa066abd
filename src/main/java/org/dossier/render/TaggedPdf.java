package org.dossier.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * An XHTML page laid out by openhtmltopdf on PDFBox as a tagged PDF that conforms to PDF/UA-1 and
 * PDF/A-2u, with the embedded DejaVu fonts; nothing is fetched, and the same page and time always
 * give the same bytes ({@link DeterministicPdf}). The briefs and the caseload are made this way.
 */
final class TaggedPdf {

    /** The output intent PDF/A asks for; the Java runtime's own sRGB profile. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private TaggedPdf() {
    }

    static byte[] render(String html, Instant time) throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts.DocumentFonts fonts = PdfFonts.forDocument(doc)) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(doc)
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U)
                    .useColorProfile(SRGB)
                    .withProducer("Dossier")
                    .useSVGDrawer(new BatikSVGDrawer())
                    // Everything the page needs is inline; nothing is fetched.
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withDiagnosticConsumer(new LayoutDiagnostics())
                    .withHtmlContent(html, null);
            fonts.register(builder);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                fonts.registerFallback(renderer);
                renderer.createPDFWithoutClosing();
                DeterministicPdf.stamp(doc, time, html);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            }
        }
    }

}

package org.dossier.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a rendered document's bytes depend on its inputs only. openhtmltopdf stamps the wall
 * clock into the document information and the XMP metadata, and PDFBox would derive the file
 * /ID from the time of saving; both are replaced by the brief's generation time and a hash of
 * the page.
 */
final class DeterministicPdf {

    private DeterministicPdf() {
    }

    static void stamp(PDDocument doc, Instant time, String content) throws IOException {
        Calendar when = calendar(time);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        restampXmp(doc, when);
        byte[] id = Arrays.copyOf(sha256(time + "\n" + content), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static void restampXmp(PDDocument doc, Calendar when) throws IOException {
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        try {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(metadata.toByteArray());
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                return;
            }
            basic.setCreateDate(when);
            basic.setModifyDate(when);
            if (basic.getMetadataDate() != null) {
                basic.setMetadataDate(when);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            // xmpbox writes lang="x-default" where XMP requires xml:lang (openhtmltopdf patches it the same way).
            String text = out.toString(StandardCharsets.UTF_8).replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
            metadata.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
        } catch (XmpParsingException | TransformerException e) {
            throw new IOException("cannot rewrite the XMP metadata dates", e);
        }
    }

    private static Calendar calendar(Instant time) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(time.toEpochMilli());
        return calendar;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

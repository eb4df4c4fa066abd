package org.dossier.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.dossier.brief.Brief;

/**
 * Renders a brief model to a tagged PDF that conforms to PDF/UA-1 and PDF/A-2u: the model
 * becomes XHTML through a Mustache template, and openhtmltopdf lays that out through PDFBox
 * with embedded DejaVu fonts.
 *
 * <p>The same brief always gives the same bytes. The footer says what the brief's date is: the
 * facts are "as of" the newest article about the person; and, when the renderer is given one, the
 * day it was made ({@code dossier generate} gives the day of the run, see
 * {@link org.dossier.pipeline.RunDate}). The metadata's creation time is that day or, when none
 * is given, the start (UTC) of the as-of date; the wall clock is never read here.
 */
public final class BriefRenderer {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Instant generatedAt;
    private final BriefViewBuilder views = new BriefViewBuilder(new Labels());
    private final XhtmlTemplate template = new XhtmlTemplate("brief.xhtml");

    /** A renderer that does not say when a brief was made (its metadata carry the as-of date). */
    public BriefRenderer() {
        this(null);
    }

    /** A renderer that says every brief was made on the day of {@code generatedAt} (none when null). */
    public BriefRenderer(Instant generatedAt) {
        this.generatedAt = generatedAt;
    }

    public byte[] render(Brief brief) {
        Instant time = generationTime(brief).orElse(Instant.EPOCH);
        String html = html(brief);
        try {
            return TaggedPdf.render(html, time);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the brief of " + personId(brief), e);
        }
    }

    /** The XHTML page the PDF is laid out from; useful to debug the template. */
    public String html(Brief brief) {
        return template.render(views.build(brief, generatedAt == null ? null : DAY.format(generatedAt)));
    }

    private Optional<Instant> generationTime(Brief brief) {
        if (generatedAt != null) {
            return Optional.of(generatedAt);
        }
        return Dates.start(brief.asOf()).map(LocalDate::atStartOfDay).map(t -> t.toInstant(ZoneOffset.UTC));
    }

    private static String personId(Brief brief) {
        return brief.person() == null ? "an unnamed person" : brief.person().id();
    }
}

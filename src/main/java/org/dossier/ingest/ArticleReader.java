package org.dossier.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * Reads one {@code .txt} article and its optional sidecar.
 *
 * <p>A date stated without a year gets its year from the sidecar or, failing that, from the
 * years the body mentions. {@link ArticleSet} also looks at the other articles of a set.
 */
public final class ArticleReader {

    private final HeaderParser parser = new HeaderParser();

    /** Reads {@code file} on its own. */
    public Article read(Path file) throws IngestException {
        ArticleDraft draft = draft(file);
        return new YearInference(Year.now()).resolve(List.of(draft)).get(0);
    }

    /** The file name without its extension. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    ArticleDraft draft(Path file) throws IngestException {
        ParsedText text = parser.parse(StrictText.read(file));
        if (text.body().isBlank()) {
            throw new IngestException(file, "has a header but no article text");
        }
        Sidecar sidecar = Sidecar.besides(file);
        String outlet = sidecar.outlet() != null ? sidecar.outlet() : text.outlet();
        String headline = sidecar.headline() != null ? sidecar.headline() : text.headline();
        Article undated = new Article(idOf(file), text.body(), null, false, outlet, headline,
                text.dateline(), sidecar.url(), file);
        return dated(undated, text.date(), sidecar);
    }

    /** The sidecar's date wins; a sidecar year completes a text date that lacks one. */
    private static ArticleDraft dated(Article a, PartialDate stated, Sidecar sidecar) {
        if (sidecar.date() != null) {
            return new ArticleDraft(withDate(a, sidecar.date(), false), null);
        }
        if (stated == null) {
            return new ArticleDraft(a, null);
        }
        if (stated.hasYear()) {
            return new ArticleDraft(withDate(a, stated.toLocalDate(), false), null);
        }
        ArticleDraft yearless = new ArticleDraft(a, stated.monthDay());
        return sidecar.year() == null ? yearless : new ArticleDraft(yearless.inYear(sidecar.year()), null);
    }

    private static Article withDate(Article a, LocalDate date, boolean inferred) {
        return new Article(a.id(), a.body(), date, inferred, a.outlet(), a.headline(), a.dateline(), a.url(),
                a.source());
    }
}

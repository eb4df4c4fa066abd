package org.dossier.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Reads one article file (a {@code .txt} article, a saved web page or a PDF) and its optional sidecar.
 *
 * <p>The date comes from the sidecar, else from the page's or PDF's own metadata (noting when
 * the text says otherwise), else from the text. A date stated without a year gets its year from
 * the sidecar or, failing that, from the years the body mentions. {@link ArticleSet} also looks
 * at the other articles of a set.
 */
public final class ArticleReader {

    /** Fewer words than this, after menus and footers are left out, is a page without an article. */
    static final int MIN_WORDS = 25;

    private final HeaderParser parser = new HeaderParser();
    private final LanguageCheck languages = LanguageCheck.shared();

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
        ArticleFormat format = ArticleFormat.of(file).orElse(ArticleFormat.TEXT);
        SourceText source = switch (format) {
            case TEXT -> new SourceText(StrictText.read(file), PageMetadata.NONE);
            case PAGE -> HtmlArticleReader.read(file);
            case PDF -> PdfArticleReader.read(file);
        };
        ParsedText text = parser.parse(readable(source.text()));
        checkBody(file, format, text.body());
        languages.require(file, text.body());
        Sidecar sidecar = Sidecar.besides(file);
        PageMetadata meta = source.metadata();
        Article undated = new Article(idOf(file), text.body(), null, false,
                first(sidecar.outlet(), meta.outlet(), text.outlet()),
                first(sidecar.headline(), meta.headline(), text.headline()),
                text.dateline(), first(sidecar.url(), meta.url()), file);
        return dated(undated, text.date(), meta, sidecar);
    }

    private static void checkBody(Path file, ArticleFormat format, String body) throws IngestException {
        if (format == ArticleFormat.TEXT) {
            if (body.isBlank()) {
                throw new IngestException(file, "has a header but no article text");
            }
            return;
        }
        int words = body.isBlank() ? 0 : body.strip().split("\\s+").length;
        if (words < MIN_WORDS) {
            String what = format == ArticleFormat.PDF ? "PDF" : "page";
            throw new IngestException(file, "no article text found in this " + what + " (" + words
                    + " words outside menus, links and footers)");
        }
    }

    /** The sidecar's date wins, then the file's own metadata; a sidecar year completes a text date that lacks one. */
    private static ArticleDraft dated(Article a, PartialDate stated, PageMetadata meta, Sidecar sidecar) {
        if (sidecar.date() != null) {
            return new ArticleDraft(a.withDate(sidecar.date(), false, null), null);
        }
        if (meta.date() != null) {
            return new ArticleDraft(a.withDate(meta.date(), false, disagreement(meta, stated)), null);
        }
        if (stated == null) {
            return new ArticleDraft(a, null);
        }
        if (stated.hasYear()) {
            return new ArticleDraft(a.withDate(stated.toLocalDate(), false, null), null);
        }
        ArticleDraft yearless = new ArticleDraft(a, stated.monthDay());
        return sidecar.year() == null ? yearless : new ArticleDraft(yearless.inYear(sidecar.year()), null);
    }

    /** A note when the text states another date than the metadata, or null when they agree. */
    private static String disagreement(PageMetadata meta, PartialDate stated) {
        if (stated == null) {
            return null;
        }
        LocalDate date = meta.date();
        boolean agrees = stated.monthDay().equals(MonthDay.from(date))
                && (!stated.hasYear() || stated.year().getValue() == date.getYear());
        if (agrees) {
            return null;
        }
        String told = stated.hasYear() ? stated.toLocalDate().toString()
                : stated.monthDay().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + stated.monthDay().getDayOfMonth();
        return meta.origin() + " gives " + date + ", the text " + told + "; the metadata's date is used";
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /**
     * The text as the parser reads it best: broken lines joined, a cut-off last sentence dropped,
     * glued sentences parted, pull quotes put back, no dash between sentences, no gloss in another script,
     * apostrophes for their look-alikes.
     */
    private static String readable(String text) {
        String joined = SplitSentences.joined(text);
        String whole = CutOffEnding.dropped(joined);
        String separated = GluedSentences.separated(whole);
        String quoted = PullQuotes.rejoined(separated);
        String undashed = DashesBetweenSentences.dropped(quoted);
        String unglossed = ForeignScriptGlosses.dropped(undashed);
        return ApostropheLookalikes.replaced(unglossed);
    }
}

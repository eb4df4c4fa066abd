package org.dossier.brief.derive;

/**
 * One piece of evidence of a fact, joined with its article: the rules count outlets from these.
 *
 * @param fact        id of the fact
 * @param outlet      the article's outlet, or "article ID" when the outlet is unknown
 * @param articleDate the article's date, or null
 * @param source      the outlet that first published the article's story: the outlet itself, unless the
 *                    article republishes another's text (wire copy), whose outlet it then is
 */
public record Citation(String fact, String article, int sentence, String outlet, String articleDate, String source) {

    public Citation(String fact, String article, int sentence, String outlet, String articleDate) {
        this(fact, article, sentence, outlet, articleDate, outlet);
    }
}

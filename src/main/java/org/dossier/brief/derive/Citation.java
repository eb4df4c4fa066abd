package org.dossier.brief.derive;

/**
 * One piece of evidence of a fact, joined with its article: the rules count outlets from these.
 *
 * @param fact        id of the fact
 * @param outlet      the article's outlet, or "article ID" when the outlet is unknown
 * @param articleDate the article's date, or null
 */
public record Citation(String fact, String article, int sentence, String outlet, String articleDate) {
}

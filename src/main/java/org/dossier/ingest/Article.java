package org.dossier.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One news article as read from disk: its header facts and the body that is annotated.
 *
 * @param id           the file name without its extension
 * @param body         the text after the header lines, the part split into sentences
 * @param date         publication date, or null when unknown
 * @param dateInferred true when the date (or its year) was inferred rather than stated
 * @param outlet       the outlet's name, or null
 * @param headline     the headline, or null
 * @param dateline     the place of the dateline ("BUTNER"), or null
 * @param url          the article's address from a sidecar, or null
 * @param source       the file it was read from
 * @param dateNote     how the date was chosen when a page's or PDF's metadata and its text disagree, or null
 * @param sameStoryAs  the id of the article this one is a copy of (the same wire story republished), or null
 */
public record Article(String id, String body, LocalDate date, boolean dateInferred,
                      String outlet, String headline, String dateline, String url, Path source, String dateNote,
                      String sameStoryAs) {

    public Article(String id, String body, LocalDate date, boolean dateInferred, String outlet, String headline,
                   String dateline, String url, Path source) {
        this(id, body, date, dateInferred, outlet, headline, dateline, url, source, null, null);
    }

    /** The same article with another date. */
    Article withDate(LocalDate newDate, boolean inferred, String note) {
        return new Article(id, body, newDate, inferred, outlet, headline, dateline, url, source, note, sameStoryAs);
    }

    /** The same article, marked as a copy of {@code original}. */
    Article copyOf(String original) {
        return new Article(id, body, date, dateInferred, outlet, headline, dateline, url, source, dateNote, original);
    }
}

package org.dossier.pipeline;

import java.time.LocalDate;
import org.dossier.facts.FactsDocument;
import org.dossier.ingest.Article;

/**
 * The day briefs are made "as of" ({@code generate --as-of DATE}): only the articles published by
 * then (an article of unknown date cannot be said to have been), and no fact dated after it.
 * {@link #NOW} keeps everything.
 */
public record AsOfDate(LocalDate date) {

    public static final AsOfDate NOW = new AsOfDate(null);

    public boolean keeps(Article a) {
        return date == null || (a.date() != null && !a.date().isAfter(date));
    }

    /** The facts without those dated after the day; a year or month counts from its first day. */
    public FactsDocument facts(FactsDocument doc) {
        if (date == null) {
            return doc;
        }
        return new FactsDocument(doc.articles(), doc.people(),
                doc.facts().stream().filter(f -> !after(f.date())).toList());
    }

    /** True when the earliest day an ISO date of any precision ("2021", "2021-07", "2021-07-05") can mean is after the day. */
    boolean after(String isoDate) {
        if (date == null || isoDate == null) {
            return false;
        }
        String d = isoDate.strip();
        try {
            if (d.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(d), 1, 1).isAfter(date);
            }
            if (d.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(d + "-01").isAfter(date);
            }
            if (d.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(d.substring(0, 10)).isAfter(date);
            }
        } catch (java.time.DateTimeException e) {
            return false;
        }
        return false;
    }
}

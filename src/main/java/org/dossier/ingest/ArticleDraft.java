package org.dossier.ingest;

import java.time.MonthDay;
import java.time.Year;

/**
 * An article as one file tells it, before a missing year is looked for elsewhere.
 *
 * @param article  the article; its date is null while the year is missing
 * @param yearless the stated month and day when the year is missing, else null
 */
record ArticleDraft(Article article, MonthDay yearless) {

    boolean needsYear() {
        return yearless != null;
    }

    /** True when the article states its full date itself (so other articles may borrow the year). */
    boolean hasStatedDate() {
        return article.date() != null && !article.dateInferred();
    }

    /** The article dated in {@code year}, marked as inferred; unchanged if the day is not in that year. */
    Article inYear(Year year) {
        if (!yearless.isValidYear(year.getValue())) {
            return article;
        }
        return article.withDate(year.atMonthDay(yearless), true, article.dateNote());
    }
}

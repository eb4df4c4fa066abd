package org.dossier.brief;

import org.dossier.brief.derive.Dates;

/**
 * When a sentence would end, as the rules estimate it ({@link SentenceSummary#projectedReleaseDate()}):
 * a date, or the earliest and latest dates when the terms may run one after another.
 * {@code approximate} when a date is only a month or a year, because the arrest or sentence it is
 * counted from is dated only so far; such an estimate is said "about".
 *
 * @param date        "2041-07-05", "2033", or "2041-07-05/2055-07-05"
 * @param approximate true when either end is known only to the month or year
 */
public record ProjectedRelease(String date, boolean approximate) {

    /** The estimate of a brief, or null when the rules made none (no sentence, no dated start, not held). */
    public static ProjectedRelease of(Brief brief) {
        return brief == null ? null : of(brief.sentence());
    }

    public static ProjectedRelease of(SentenceSummary sentence) {
        if (sentence == null) {
            return null;
        }
        String date = sentence.projectedReleaseDate();
        if (date == null || date.contains("null")) {
            // a brief written before the rules gave dates: the year (or years) alone
            return sentence.projectedRelease() == null ? null
                    : new ProjectedRelease(sentence.projectedRelease().replaceFirst("^(\\d{4})-(\\d{4})$", "$1/$2"), true);
        }
        boolean approximate = java.util.Arrays.stream(date.split("/")).anyMatch(d -> Dates.precision(d) < 3);
        return new ProjectedRelease(date, approximate);
    }

    /** The earliest date it may come. */
    public String earliest() {
        return date.split("/")[0];
    }

    /** The latest date it may come (the same as {@link #earliest} unless terms may run one after another). */
    public String latest() {
        String[] ends = date.split("/");
        return ends[ends.length - 1];
    }

    public boolean isRange() {
        return date.contains("/");
    }

    /** "2041-07-05", "about 2033", "2041-07-05 to 2055-07-05", "about 2041 to 2055". */
    public String text() {
        String dates = isRange() ? earliest() + " to " + latest() : date;
        return approximate ? "about " + dates : dates;
    }
}

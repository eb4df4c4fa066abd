package org.dossier.ingest;

import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the year of a month-and-day date line from the article's own text.
 *
 * <p>News comes after what it reports, so the article is dated no earlier than the latest
 * year its text mentions, and a year later when that year's latest mentioned event falls
 * after the article's month and day. A phrase like "in March of last year" next to
 * "March 29, 2023" pins the article to 2024.
 */
final class NarrativeYear {

    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            "\\b(" + Months.NAME + ")\\s+(?:of\\s+)?(last|this|next)\\s+year\\b");

    private final Year notAfter;

    /** @param notAfter the latest possible year (today's), so that forecasts do not count */
    NarrativeYear(Year notAfter) {
        this.notAfter = notAfter;
    }

    Optional<Year> infer(String text, MonthDay articleDay) {
        List<DateMention> mentions = DateMention.in(text).stream()
                .filter(m -> !m.year().isAfter(notAfter))
                .toList();
        Optional<Year> latest = mentions.stream().map(DateMention::year).max(Comparator.naturalOrder());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Year year = anchoredYears(text, mentions).stream()
                .reduce(afterLatestEvent(latest.get(), mentions, articleDay), NarrativeYear::later);
        return Optional.of(year.isAfter(notAfter) ? latest.get() : year);
    }

    /** The latest year, or the next one when that year's events run past the article's day. */
    private static Year afterLatestEvent(Year latest, List<DateMention> mentions, MonthDay articleDay) {
        boolean reportsLaterDay = mentions.stream()
                .anyMatch(m -> m.year().equals(latest) && m.isAfterInItsYear(articleDay));
        return reportsLaterDay ? latest.plusYears(1) : latest;
    }

    private static Year later(Year a, Year b) {
        return a.isAfter(b) ? a : b;
    }

    /** Article years implied by "<month> of last year" where the text also dates that month. */
    private static List<Year> anchoredYears(String text, List<DateMention> mentions) {
        Matcher m = RELATIVE_YEAR.matcher(text);
        List<Year> years = new ArrayList<>();
        while (m.find()) {
            Optional<Month> month = Months.parse(m.group(1));
            int offset = switch (m.group(2)) {
                case "last" -> 1;
                case "next" -> -1;
                default -> 0;
            };
            mentions.stream()
                    .filter(mention -> month.isPresent() && month.get() == mention.month())
                    .forEach(mention -> years.add(mention.year().plusYears(offset)));
        }
        return years;
    }
}

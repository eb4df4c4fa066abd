package org.dossier.ingest;

import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a phrase that is nothing but a date, in the forms news headers use:
 * "2022-11-15", "15th November, 2022", "10 Nov, 2022 08:41", "Nov. 5, 2021",
 * "Wednesday, January 3, 2019" or, without a year, "November 15".
 */
final class DatePhrases {

    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String TIME = "(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,5})?)?";

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            WEEKDAY + "(" + Months.NAME + ")\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?" + TIME);
    private static final Pattern DAY_FIRST = Pattern.compile(
            WEEKDAY + DAY + "\\s+(" + Months.NAME + "),?(?:\\s+" + YEAR + ")?" + TIME);

    private DatePhrases() {
    }

    static Optional<PartialDate> parse(String phrase) {
        String text = phrase.strip();
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            int month = number(iso.group(2));
            return month >= 1 && month <= 12
                    ? PartialDate.of(number(iso.group(1)), Month.of(month), number(iso.group(3)))
                    : Optional.empty();
        }
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        if (monthFirst.matches()) {
            return build(monthFirst.group(1), monthFirst.group(2), monthFirst.group(3));
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            return build(dayFirst.group(2), dayFirst.group(1), dayFirst.group(3));
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> build(String month, String day, String year) {
        Integer fullYear = year == null ? null : Integer.valueOf(year);
        return Months.parse(month).flatMap(m -> PartialDate.of(fullYear, m, number(day)));
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}

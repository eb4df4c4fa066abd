package org.dossier.ingest;

import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date with an explicit year that an article's text mentions: "July 5, 2014",
 * "5 July 2014", "in July 2014" or "since 2009".
 *
 * @param year  the year
 * @param month the month, or null
 * @param day   the day of the month, or null
 */
record DateMention(Year year, Month month, Integer day) {

    private static final String YEAR = "((?:19|20)\\d{2})(?![\\d-])";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + Months.NAME + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + Months.NAME + "),?\\s+" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + Months.NAME + ")(?:\\s+of)?,?\\s+" + YEAR);
    // Only words that introduce a past or current year; "until 2030" or "by 2025" look ahead.
    private static final Pattern YEAR_ONLY = Pattern.compile(
            "\\b(?i:in|since|during|of|early|late|mid-?|spring|summer|autumn|fall|winter)\\s+" + YEAR);

    static List<DateMention> in(String text) {
        List<DateMention> mentions = new ArrayList<>();
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(mentions, m.group(3), m.group(1), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(mentions, m.group(3), m.group(2), m.group(1));
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(mentions, m.group(2), m.group(1), null);
        }
        m = YEAR_ONLY.matcher(text);
        while (m.find()) {
            mentions.add(new DateMention(Year.parse(m.group(1)), null, null));
        }
        return mentions;
    }

    private static void add(List<DateMention> mentions, String year, String month, String day) {
        Months.parse(month).ifPresent(mo -> mentions.add(
                new DateMention(Year.parse(year), mo, day == null ? null : Integer.valueOf(day))));
    }

    /** True when this mention certainly falls after {@code monthDay} of its own year. */
    boolean isAfterInItsYear(MonthDay monthDay) {
        if (month == null) {
            return false;
        }
        if (day == null || day > month.maxLength()) {
            return month.compareTo(monthDay.getMonth()) > 0;
        }
        return MonthDay.of(month, day).isAfter(monthDay);
    }
}

package org.dossier.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "three months later", "a year later", "two days earlier": a time counted from the point the
 * narrative has reached, not from the day of writing. The result is no more precise than the
 * point counted from and the unit counted in: days from a day give a day, months from a month a
 * month, years a year, and weeks the month they land in.
 */
record CountedInterval(int amount, String unit, boolean forward) {

    private static final Pattern COUNTED = Pattern.compile(
            "^(?:just |only )?([a-z]+|\\d+)\\s+(day|week|month|year)s?\\s+(later|earlier)$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?$");

    /** The interval a date expression counts, or null when it is not "N units later/earlier". */
    static CountedInterval of(String text) {
        Matcher m = COUNTED.matcher(text.toLowerCase(Locale.ROOT).trim());
        if (!m.matches()) {
            return null;
        }
        String count = m.group(1);
        Integer amount = count.equals("a") || count.equals("an") ? Integer.valueOf(1) : TermParser.number(count);
        return amount == null || amount == 0 ? null : new CountedInterval(amount, m.group(2), m.group(3).equals("later"));
    }

    /** The date this interval reaches from {@code from} (an ISO date of any precision), or null when unsure. */
    String from(String from) {
        Matcher m = from == null ? null : ISO.matcher(from);
        if (m == null || !m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int sign = forward ? 1 : -1;
        if (unit.equals("year")) {
            return String.valueOf(year + sign * amount);
        }
        if (m.group(2) == null) {
            return unit.equals("month") && amount % 12 == 0 ? String.valueOf(year + sign * amount / 12) : null;
        }
        YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
        if (unit.equals("month")) {
            return month.plusMonths((long) sign * amount).toString();
        }
        if (m.group(3) == null) {
            return null; // "two weeks after" a month could be this month or the next
        }
        LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
        return unit.equals("day") ? day.plusDays((long) sign * amount).toString()
                : YearMonth.from(day.plusWeeks((long) sign * amount)).toString();
    }
}

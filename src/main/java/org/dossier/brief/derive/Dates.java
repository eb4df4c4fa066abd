package org.dossier.brief.derive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date arithmetic for the rules on ISO 8601 dates of any precision ("2014", "2014-07",
 * "2014-07-05"). A date stands for the period it names: "2014-07" is any day of July 2014.
 * All methods are null-safe; an unknown date is never before, after or equal to anything.
 */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private Dates() {
    }

    /** 0 for unknown, 1 for a year, 2 for a month, 3 for a day. */
    public static int precision(String date) {
        return parse(date).precision();
    }

    /** True when the date names at least a month. */
    public static boolean atLeastMonth(String date) {
        return precision(date) >= 2;
    }

    /** The first day of the period the date names, or null. */
    public static LocalDate start(String date) {
        return parse(date).start();
    }

    /** The last day of the period the date names, or null. */
    public static LocalDate end(String date) {
        return parse(date).end();
    }

    /** True when {@code a} is certainly before {@code b}: the whole period of a ends before b starts. */
    public static boolean before(String a, String b) {
        LocalDate endA = end(a);
        LocalDate startB = start(b);
        return endA != null && startB != null && endA.isBefore(startB);
    }

    /** True when {@code a} comes later than {@code b} in {@link Chronology#DATES} order (unknown is earliest). */
    public static boolean later(String a, String b) {
        return Chronology.DATES.compare(a, b) > 0;
    }

    /** True when both dates are known and one contains the other ("2014" and "2014-07-05"). */
    public static boolean agree(String a, String b) {
        if (precision(a) == 0 || precision(b) == 0) {
            return false;
        }
        String x = norm(a);
        String y = norm(b);
        return x.startsWith(y) || y.startsWith(x);
    }

    /** True when the dates agree or either is unknown. */
    public static boolean agreeOrUnknown(String a, String b) {
        return precision(a) == 0 || precision(b) == 0 || agree(a, b);
    }

    /** True when {@code a} is more precise than {@code b} ("2014-07" is sharper than "2014"). */
    public static boolean sharper(String a, String b) {
        return precision(a) > precision(b);
    }

    /** True when both dates are known and fall in the same year. */
    public static boolean sameYear(String a, String b) {
        return precision(a) > 0 && precision(b) > 0 && norm(a).substring(0, 4).equals(norm(b).substring(0, 4));
    }

    /** True when both dates name at least a month and it is the same month. */
    public static boolean sameMonth(String a, String b) {
        return atLeastMonth(a) && atLeastMonth(b) && norm(a).substring(0, 7).equals(norm(b).substring(0, 7));
    }

    /** The month of a date as text ("2014-07"), or null when the date names no month. */
    public static String month(String date) {
        return atLeastMonth(date) ? norm(date).substring(0, 7) : null;
    }

    /** The year of a date as text, or null. */
    public static String year(String date) {
        return precision(date) == 0 ? null : norm(date).substring(0, 4);
    }

    /**
     * Whole days from {@code from} to {@code to}, counted from the last day {@code from} can mean
     * to the first day {@code to} can mean: a lower bound, never more than the true gap. Null when
     * either date is unknown; never negative.
     */
    public static Long daysBetween(String from, String to) {
        LocalDate a = end(from);
        LocalDate b = start(to);
        if (a == null || b == null) {
            return null;
        }
        return Math.max(0L, ChronoUnit.DAYS.between(a, b));
    }

    /** True when the gap from {@code from} to {@code to} is known and longer than {@code days}. */
    public static boolean moreDaysThan(String from, String to, long days) {
        Long gap = daysBetween(from, to);
        return gap != null && gap > days;
    }

    /** The date written at its own precision ("2014-07-05" stays, "2014-07-05T10:00" is cut). */
    public static String norm(String date) {
        return parse(date).norm();
    }

    /** A date as read once: the rules ask about the same few dates many times over. */
    private record Parsed(int precision, LocalDate start, LocalDate end, String norm) {
        static final Parsed UNKNOWN = new Parsed(0, null, null, null);
    }

    private static final int MAX_REMEMBERED = 100_000;
    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

    private static Parsed parse(String date) {
        if (date == null) {
            return Parsed.UNKNOWN;
        }
        Parsed p = PARSED.get(date);
        if (p == null) {
            p = read(date);
            if (PARSED.size() < MAX_REMEMBERED) {
                PARSED.put(date, p);
            }
        }
        return p;
    }

    private static Parsed read(String date) {
        Matcher m = ISO.matcher(date.trim());
        if (!m.find()) {
            return Parsed.UNKNOWN;
        }
        LocalDate start = start(m);
        if (start == null) {
            return new Parsed(0, null, null, m.group());
        }
        if (m.group(3) != null) {
            return new Parsed(3, start, start, m.group());
        }
        if (m.group(2) != null) {
            return new Parsed(2, start, YearMonth.from(start).atEndOfMonth(), m.group());
        }
        return new Parsed(1, start, start.withDayOfYear(start.lengthOfYear()), m.group());
    }

    private static LocalDate start(Matcher m) {
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}

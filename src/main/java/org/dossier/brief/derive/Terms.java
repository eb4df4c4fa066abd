package org.dossier.brief.derive;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Objects;

/** Arithmetic on sentence terms written as ISO 8601 durations ("P27Y", "P2Y6M"). */
public final class Terms {

    private Terms() {
    }

    /** The term as a period, or null when it is not an ISO duration of years, months or days. */
    public static Period period(String term) {
        if (term == null) {
            return null;
        }
        try {
            return Period.parse(term.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The longest of the terms, or null. */
    public static String longest(Collection<String> terms) {
        return terms.stream().filter(t -> period(t) != null)
                .max((a, b) -> Long.compare(months(a), months(b))).orElse(null);
    }

    /** All terms added up, as an ISO duration, or null when none is readable. */
    public static String total(Collection<String> terms) {
        Period sum = terms.stream().map(Terms::period).filter(Objects::nonNull)
                .reduce(Period.ZERO, Period::plus).normalized();
        return sum.isZero() ? null : sum.toString();
    }

    /** The year in which a term that starts at {@code start} (a date of any precision) ends, or null. */
    public static String endYear(String start, String term) {
        LocalDate from = Dates.start(start);
        Period p = period(term);
        if (from == null || p == null) {
            return null;
        }
        return String.valueOf(from.plus(p).getYear());
    }

    /**
     * The day a term that starts at {@code start} ends, written at the start's precision: a start
     * known to the day gives a day ("2041-07-05"), one known to the month or year gives a month or
     * a year ("2041-07", "2041"). Null when either is unreadable.
     */
    public static String endDate(String start, String term) {
        LocalDate from = Dates.start(start);
        Period p = period(term);
        if (from == null || p == null) {
            return null;
        }
        String end = from.plus(p).toString();
        return switch (Dates.precision(start)) {
            case 3 -> end;
            case 2 -> end.substring(0, 7);
            default -> end.substring(0, 4);
        };
    }

    /** The term in plain words: "P27Y" is "27 years". */
    public static String words(String term) {
        Period p = period(term);
        if (p == null) {
            return term;
        }
        p = p.normalized();
        StringBuilder sb = new StringBuilder();
        append(sb, p.getYears(), "year");
        append(sb, p.getMonths(), "month");
        append(sb, p.getDays(), "day");
        return sb.length() == 0 ? term : sb.toString();
    }

    private static void append(StringBuilder sb, int n, String unit) {
        if (n != 0) {
            sb.append(sb.length() == 0 ? "" : " ").append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
        }
    }

    private static long months(String term) {
        Period p = period(term);
        return p == null ? 0 : p.toTotalMonths() * 31 + p.getDays();
    }
}

package org.dossier.brief.derive;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.dossier.facts.Fact;

/**
 * A total order of facts in time, for rules that pick "the latest" or "the first" of several:
 * by the first day a fact's date can mean, then by precision (a vaguer date first), then by id.
 * A fact without a date comes before every dated one, so it is never "the latest".
 */
public final class Chronology {

    /** Orders dates of any precision: unknown first, then by first day, then vaguer first. */
    public static final Comparator<String> DATES = Comparator
            .comparing(Dates::start, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparingInt(Dates::precision);

    /** The order of facts used by {@link #after} and {@link #precedes}. */
    public static final Comparator<Fact> FACTS = Comparator.comparing(Fact::date, DATES)
            .thenComparing(Fact::id, Chronology::compareIds);

    private Chronology() {
    }

    /** True when {@code a} comes after {@code b} in the order of facts. */
    public static boolean after(Fact a, Fact b) {
        return FACTS.compare(a, b) > 0;
    }

    /** True when {@code a} comes before {@code b} in the order of facts. */
    public static boolean precedes(Fact a, Fact b) {
        return FACTS.compare(a, b) < 0;
    }

    /**
     * True when {@code a} is the better-told report of an event than {@code b}: a more precise
     * date, or as precise and listed first.
     */
    public static boolean betterTold(Fact a, Fact b) {
        int pa = Dates.precision(a.date());
        int pb = Dates.precision(b.date());
        return pa != pb ? pa > pb : compareIds(a.id(), b.id()) < 0;
    }

    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");

    /** Compares fact ids naturally ("F2" before "F10"); nulls last. */
    public static int compareIds(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        String pa = TRAILING_DIGITS.matcher(a).replaceAll("");
        String pb = TRAILING_DIGITS.matcher(b).replaceAll("");
        if (pa.equals(pb) && a.length() > pa.length() && b.length() > pb.length()) {
            return Long.compare(Long.parseLong(a.substring(pa.length())), Long.parseLong(b.substring(pb.length())));
        }
        return a.compareTo(b);
    }
}

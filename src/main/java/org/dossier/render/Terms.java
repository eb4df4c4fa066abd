package org.dossier.render;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Sentence terms, ISO 8601 periods in the model ("P27Y", "P8Y6M"), in words. */
final class Terms {

    private Terms() {
    }

    /** "27 years", "8 years 6 months"; a term that is not a period is returned as it is. */
    static String display(String term) {
        if (term == null) {
            return null;
        }
        Period period;
        try {
            period = Period.parse(term.trim());
        } catch (DateTimeParseException e) {
            return term;
        }
        List<String> parts = new ArrayList<>();
        part(parts, period.getYears(), "year");
        part(parts, period.getMonths(), "month");
        part(parts, period.getDays(), "day");
        return parts.isEmpty() ? term : String.join(" ", parts);
    }

    private static void part(List<String> parts, int n, String unit) {
        if (n != 0) {
            parts.add(n + " " + unit + (n == 1 ? "" : "s"));
        }
    }
}

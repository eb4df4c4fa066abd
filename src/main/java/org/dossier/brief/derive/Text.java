package org.dossier.brief.derive;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dossier.facts.Fact;

/** Helpers for the words rules put in alerts and notes. */
public final class Text {

    private Text() {
    }

    /** The details of the facts, distinct, joined by "; " ("hepatitis; epilepsy"). */
    public static String details(Collection<?> facts) {
        return facts.stream().filter(Fact.class::isInstance).map(Fact.class::cast)
                .sorted(Chronology.FACTS)
                .map(f -> f.detail() != null ? f.detail() : f.kind())
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream()
                .collect(Collectors.joining("; "));
    }

    /** The values as sorted, distinct texts (for a rule's list of disagreeing values). */
    public static java.util.List<String> sorted(Collection<?> values) {
        return values.stream().filter(Objects::nonNull).map(String::valueOf).distinct().sorted().toList();
    }

    /** " (DATE)" for a known date, "" otherwise. */
    public static String on(String date) {
        return date == null ? "" : " (" + date + ")";
    }

    /** "N days", or "an unknown number of days". */
    public static String days(Long days) {
        return days == null ? "an unknown number of days" : days == 1 ? "1 day" : days + " days";
    }
}

package org.dossier.brief.derive;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares place names as the facts contract does: two places are the same when they share a
 * capitalised word ("Sintra, Portugal" and "Sintra prison"). Words that name no place on
 * their own (articles, compass points) do not count.
 */
public final class Places {

    private static final Set<String> NOT_A_PLACE = Set.of("the", "of", "a", "an", "and", "in", "at", "on",
            "north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "new", "saint", "st", "san", "santa", "los", "las", "el", "la", "le", "de", "us", "u.s.");

    private Places() {
    }

    /** True when both places are known and share a capitalised word. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        Set<String> words = names(a);
        words.retainAll(names(b));
        return !words.isEmpty() || a.trim().equalsIgnoreCase(b.trim());
    }

    /** True when the places are the same or either is unknown. */
    public static boolean sameOrUnknown(String a, String b) {
        return a == null || b == null || same(a, b);
    }

    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}.'-]+");
    private static final Pattern NAME_ENDS = Pattern.compile("^[.'-]+|[.'-]+$");

    private static Set<String> names(String place) {
        Set<String> out = new HashSet<>();
        for (String w : NOT_NAME.split(place)) {
            String word = NAME_ENDS.matcher(w).replaceAll("");
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                    && !NOT_A_PLACE.contains(word.toLowerCase(Locale.ROOT))) {
                out.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}

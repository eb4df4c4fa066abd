package org.dossier.brief.derive;

import java.util.Locale;
import java.util.regex.Pattern;

/** Word matching for rules: does a text mention any of a comma-separated list of words or phrases. */
public final class Words {

    private Words() {
    }

    /**
     * True when {@code text} contains any of the comma-separated {@code words} as a whole word or
     * phrase, ignoring case: {@code Words.mention(detail, "fine, restitution, ordered to pay")}.
     */
    public static boolean mention(String text, String words) {
        if (text == null || words == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : words.split(",")) {
            String word = w.trim().toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                    .matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when two names are the same, ignoring case and surrounding space; unknown names are never the same. */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }
}

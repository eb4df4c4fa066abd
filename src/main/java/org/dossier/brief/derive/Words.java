package org.dossier.brief.derive;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Word matching for rules: does a text mention any of a comma-separated list of words or phrases. */
public final class Words {

    /** Rules call {@link #mention} with the same few word lists for every fact: each list is compiled once. */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    /** A bound on the cache, for rules that pass words made at run time. */
    private static final int MOST_LISTS = 10_000;

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
        if (COMPILED.size() > MOST_LISTS) {
            COMPILED.clear();
        }
        Pattern any = COMPILED.computeIfAbsent(words, Words::anyWholeWord);
        return any != null && any.matcher(lower).find();
    }

    /** One pattern for the whole list: any of its words, not inside a longer word; null for an empty list. */
    private static Pattern anyWholeWord(String words) {
        List<String> each = Arrays.stream(words.split(",")).map(w -> w.trim().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty()).map(Pattern::quote).toList();
        return each.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", each) + ")(?![\\p{L}\\p{N}])");
    }

    /** True when two names are the same, ignoring case and surrounding space; unknown names are never the same. */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }
}

package org.dossier.facts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names compared without case or accents: "Théo Clerc" as "theo clerc", "Malé" as "male". */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Folding() {
    }

    public static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
            }
        }
        return s.toLowerCase(Locale.ROOT); // plain ASCII: nothing to decompose
    }
}

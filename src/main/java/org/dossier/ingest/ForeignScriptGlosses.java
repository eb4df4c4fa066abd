package org.dossier.ingest;

import java.util.regex.Pattern;

/**
 * Outlets in Asia gloss a name in its own script: "a captain surnamed Wang （王）", "the
 * Telecommunications Act （電信管理法）". The parser reads the bracket as a word of the sentence
 * and loses the clause around it, so a bracket that holds only another script goes.
 */
final class ForeignScriptGlosses {

    private static final String OTHER_SCRIPT =
            "\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}\\p{IsArabic}\\p{IsHebrew}\\p{IsThai}\\p{IsCyrillic}";
    private static final Pattern GLOSS = Pattern.compile(
            "[ \\t\\u3000]*[(\\uFF08][\\s\\u3000]*[" + OTHER_SCRIPT + "][" + OTHER_SCRIPT + "\\s\\u3000\\u00B7\\u30FB\\u3001,.-]*[)\\uFF09]");

    private ForeignScriptGlosses() {
    }

    static String dropped(String text) {
        return GLOSS.matcher(text).replaceAll("");
    }
}

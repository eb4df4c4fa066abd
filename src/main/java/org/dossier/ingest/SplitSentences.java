package org.dossier.ingest;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Some pages set a name or a phrase in bold, or as a link, on a paragraph of its own, so one
 * sentence comes as three ("The minister, / Ana Brell / , said on Monday ..."). Each piece then
 * reads as a sentence and the name loses its verb. A paragraph is joined to the one before when
 * the sentence plainly goes on: the one before ends with a comma or a little word ("with", "of",
 * "the"), or this one opens in lower case or with a comma.
 */
final class SplitSentences {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
    /** Words no sentence or headline ends with. */
    private static final Set<String> GOES_ON = Set.of("a", "an", "the", "of", "with", "to", "in", "on", "at", "by",
            "for", "from", "and", "or", "but", "that", "whose", "his", "her", "their", "its", "is", "was", "were", "are");

    private SplitSentences() {
    }

    static String joined(String text) {
        java.util.regex.Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (breaks.find()) {
            String before = text.substring(from, breaks.start());
            out.append(before);
            String after = nextParagraph(text, breaks.end());
            if (goesOn(lastParagraph(out), after.strip())) {
                trimEnd(out);
                out.append(startsWithPunctuation(after.strip()) ? "" : " ");
            } else {
                out.append(breaks.group());
            }
            from = breaks.end();
        }
        return out.append(text.substring(from)).toString();
    }

    private static String nextParagraph(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static String lastParagraph(StringBuilder out) {
        int start = out.lastIndexOf("\n");
        return out.substring(start + 1).strip();
    }

    private static void trimEnd(StringBuilder out) {
        while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
    }

    private static boolean goesOn(String before, String after) {
        if (before.isEmpty() || after.isEmpty() || after.startsWith("\u2022")) {
            return false;
        }
        if (startsWithPunctuation(after)) {
            return true;
        }
        char end = before.charAt(before.length() - 1);
        if (end == ',') {
            return true;
        }
        if (!Character.isLetter(end)) {
            return false;
        }
        String lastWord = before.substring(before.lastIndexOf(' ') + 1);
        return Character.isLowerCase(after.charAt(0)) || GOES_ON.contains(lastWord);
    }

    private static boolean startsWithPunctuation(String paragraph) {
        char first = paragraph.charAt(0);
        return first == ',' || first == ';' || first == ')';
    }
}

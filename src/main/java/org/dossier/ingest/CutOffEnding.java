package org.dossier.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Excerpts, paywalls and feeds cut an article off mid-sentence ("He was arrested in the city of
 * Li"). A sentence without its end says less than it seems to (the place, the date or the
 * negation may be in the lost half), so the unfinished tail of the last paragraph is left out.
 * A last paragraph with no sentence end at all goes too, unless it is the whole text.
 */
final class CutOffEnding {

    /** A sentence end: its mark, any closing quotes or brackets, then space or the paragraph's end. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026][\"'\u201D\u2019)\\]]*(?=\\s|$)");
    /** Four words or more, one of them in lower case: prose. */
    private static final Pattern PROSE = Pattern.compile("(?=.*\\b\\p{Ll}{2,})(?:\\S+\\s+){3,}\\S", Pattern.DOTALL);
    private static final Pattern FINISHED = Pattern.compile("[.!?\u2026:;][\"'\u201D\u2019)\\]]*\\s*$");

    private CutOffEnding() {
    }

    static String dropped(String text) {
        String kept = text.stripTrailing();
        if (kept.isEmpty() || FINISHED.matcher(kept).find()) {
            return text;
        }
        int paragraph = Math.max(kept.lastIndexOf("\n\n"), kept.lastIndexOf("\r\n\r\n"));
        if (paragraph < 0) {
            return text; // one paragraph only: a headline or a note, kept whole
        }
        String last = kept.substring(paragraph);
        int end = -1;
        Matcher m = SENTENCE_END.matcher(last);
        while (m.find()) {
            end = m.end();
        }
        String tail = last.substring(Math.max(end, 0));
        if (!PROSE.matcher(tail).find()) {
            return text; // a date line or a name, not a sentence cut short
        }
        return end >= 0 ? kept.substring(0, paragraph + end) + "\n" : kept.substring(0, paragraph) + "\n";
    }
}

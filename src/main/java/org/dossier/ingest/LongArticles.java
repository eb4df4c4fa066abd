package org.dossier.ingest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts an article's text that is over the size limit at the last sentence end before it. */
final class LongArticles {

    /** A full stop, question or exclamation mark (and closing quotes or brackets) before white space, or a blank line. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201D\u2019)\\]]*(?=\\s)|\\n\\s*\\n");

    private LongArticles() {
    }

    static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The text up to the last sentence end that fits in {@code maxBytes} (UTF-8); failing one, up
     * to the last white space that fits; failing that, the characters that fit.
     */
    static String cut(String text, long maxBytes) {
        int fits = charsFitting(text, maxBytes);
        String head = text.substring(0, fits);
        int end = -1;
        Matcher m = SENTENCE_END.matcher(head);
        while (m.find()) {
            end = m.end();
        }
        if (end <= 0) {
            int space = lastWhitespace(head);
            end = space > 0 ? space : fits;
        }
        return text.substring(0, end).stripTrailing();
    }

    private static int charsFitting(String text, long maxBytes) {
        long used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int lastWhitespace(String s) {
        for (int i = s.length() - 1; i > 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}

package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A PDF page's lines joined back into paragraphs: the lines of one paragraph, which the layout
 * broke to fit the width, become one line again (a word hyphenated at a line end is joined);
 * paragraphs stay apart by a blank line.
 */
final class PdfParagraphs {

    private PdfParagraphs() {
    }

    static String of(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                flush(current, paragraphs);
            } else if (current.isEmpty()) {
                current.append(line);
            } else if (endsWithHyphenatedWord(current) && Character.isLowerCase(line.charAt(0))) {
                current.setLength(current.length() - 1);
                current.append(line);
            } else {
                current.append(' ').append(line);
            }
        }
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static boolean endsWithHyphenatedWord(StringBuilder text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2));
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}

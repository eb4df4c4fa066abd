package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A PDF's lines joined back into paragraphs: the lines of one paragraph, which the layout broke
 * to fit the width, become one line again (a word hyphenated at a line end is joined);
 * paragraphs stay apart by a blank line. A page break ends a paragraph only after a sentence
 * ends, so a sentence running over a page break stays whole.
 */
final class PdfParagraphs {

    private PdfParagraphs() {
    }

    static String of(List<List<String>> pages) {
        List<String> lines = new ArrayList<>();
        for (List<String> page : pages) {
            List<String> text = trimmed(page);
            if (!lines.isEmpty() && !text.isEmpty() && endsSentence(lines.get(lines.size() - 1))) {
                lines.add("");
            }
            lines.addAll(text);
        }
        return paragraphs(lines);
    }

    private static List<String> trimmed(List<String> page) {
        int from = 0;
        int to = page.size();
        while (from < to && page.get(from).isBlank()) {
            from++;
        }
        while (to > from && page.get(to - 1).isBlank()) {
            to--;
        }
        return page.subList(from, to);
    }

    private static boolean endsSentence(String line) {
        return line.matches(".*[.!?…:][\"”’')]*");
    }

    private static String paragraphs(List<String> lines) {
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

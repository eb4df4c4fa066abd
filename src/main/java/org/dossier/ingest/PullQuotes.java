package org.dossier.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A pull quote or an inset a page set in the middle of a sentence ("... in December 2013 and /
 * We will not rest until ... / - Ana Brell, Channel 5 / charged with spying."): the sentence is
 * cut in two and the inset reads as part of it. The sentence is joined again and the inset,
 * short lines that are indented, quoted or an attribution, follows it.
 */
final class PullQuotes {

    /** A line that stops in the middle of a sentence: its last character is a letter, digit or comma. */
    private static final Pattern CUT = Pattern.compile(".*[\\p{L}\\p{N},]$");
    private static final Pattern INSET = Pattern.compile("^(\\s{2,}\\S|\\s*[-\u2013\u2014\u2022\"\u201C]).*");
    private static final int MAX_INSET_LINES = 5;
    private static final int MAX_INSET_LENGTH = 300;

    private PullQuotes() {
    }

    static String rejoined(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.isBlank() || !CUT.matcher(line).matches()) {
                continue;
            }
            int rest = continuation(lines, i);
            if (rest > 0) {
                List<String> inset = new ArrayList<>(lines.subList(i + 1, rest));
                String joined = line + " " + lines.get(rest).strip();
                lines.subList(i, rest + 1).clear();
                List<String> replaced = new ArrayList<>();
                replaced.add(joined);
                replaced.add("");
                replaced.addAll(inset.stream().filter(l -> !l.isBlank()).flatMap(l -> java.util.stream.Stream.of(l.strip(), "")).toList());
                lines.addAll(i, replaced);
            }
        }
        return String.join("\n", lines);
    }

    /** The line that goes on with the cut sentence after an inset, or -1. */
    private static int continuation(List<String> lines, int cut) {
        int insetLines = 0;
        for (int k = cut + 1; k < lines.size() && k <= cut + 2 * MAX_INSET_LINES; k++) {
            String l = lines.get(k);
            if (l.isBlank()) {
                continue;
            }
            if (insetLines > 0 && Character.isLowerCase(l.strip().charAt(0)) && !INSET.matcher(l).matches()) {
                return k;
            }
            if (!INSET.matcher(l).matches() || l.length() > MAX_INSET_LENGTH || ++insetLines > MAX_INSET_LINES) {
                return -1;
            }
        }
        return -1;
    }
}

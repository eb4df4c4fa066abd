package org.dossier.render;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrap by character count, for SVG text, which does not wrap by itself. */
final class Wrap {

    private Wrap() {
    }

    /** At most {@code maxLines} lines of at most {@code width} characters; the last ends in "…" if text is left. */
    static List<String> lines(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.length() > width ? l.substring(0, width - 1) + "…" : l);
        }
        if (out.size() > maxLines) {
            String kept = out.get(maxLines - 1);
            String cut = kept.length() >= width ? kept.substring(0, width - 1) : kept;
            out = new ArrayList<>(out.subList(0, maxLines - 1));
            out.add(cut + "…");
        }
        return out;
    }
}

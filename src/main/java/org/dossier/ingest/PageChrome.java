package org.dossier.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Running heads and feet of a multi-page document ("The Courier — Court report", "Page 2 of 5"):
 * lines at the top or bottom of at least half the pages, the same but for their numbers. They are
 * left out so that they do not land in the middle of a sentence that runs over a page break.
 */
final class PageChrome {

    /** How many lines at each end of a page may be a head or a foot. */
    private static final int EDGE = 2;

    private PageChrome() {
    }

    static List<List<String>> without(List<List<String>> pages) {
        if (pages.size() < 2) {
            return pages;
        }
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> seen = new HashSet<>();
            for (int i : edges(page)) {
                seen.add(shape(page.get(i)));
            }
            seen.forEach(s -> pagesWith.merge(s, 1, Integer::sum));
        }
        int enough = Math.max(2, (pages.size() + 1) / 2);
        List<List<String>> kept = new ArrayList<>();
        for (List<String> page : pages) {
            Set<Integer> drop = new HashSet<>();
            for (int i : edges(page)) {
                if (pagesWith.getOrDefault(shape(page.get(i)), 0) >= enough) {
                    drop.add(i);
                }
            }
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                if (!drop.contains(i)) {
                    rest.add(page.get(i));
                }
            }
            kept.add(rest);
        }
        return kept;
    }

    /** The indexes of the first and last few lines that are not blank. */
    private static List<Integer> edges(List<String> page) {
        List<Integer> text = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).isBlank()) {
                text.add(i);
            }
        }
        Set<Integer> edges = new HashSet<>(text.subList(0, Math.min(EDGE, text.size())));
        edges.addAll(text.subList(Math.max(0, text.size() - EDGE), text.size()));
        return edges.stream().sorted().toList();
    }

    /** A line with its numbers blanked, so that "Page 2 of 5" and "Page 3 of 5" are one foot. */
    private static String shape(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }
}

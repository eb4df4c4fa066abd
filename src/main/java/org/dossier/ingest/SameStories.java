package org.dossier.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the articles that are one story republished (wire copy carried by several outlets): texts
 * whose word 5-grams mostly agree. Each copy is marked with the id of the first of its group (the
 * earliest, then the lowest id), so that the brief counts the story once however many outlets carried it.
 */
final class SameStories {

    /** The estimated share of shared 5-grams from which two texts are one story. */
    static final double THRESHOLD = 0.5;
    /** 32 bands of 2 places: a pair at the threshold is a candidate with near certainty. */
    private static final int ROWS = 2;

    private SameStories() {
    }

    static List<Article> mark(List<Article> articles) {
        List<Article> order = new ArrayList<>(articles);
        order.sort(Comparator.comparing(Article::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Article::id));
        Map<String, StoryFingerprint> prints = new ConcurrentHashMap<>();
        order.parallelStream().forEach(a -> {
            StoryFingerprint print = StoryFingerprint.of(a.body());
            if (print != null) {
                prints.put(a.id(), print);
            }
        });
        Map<String, String> firstOf = new HashMap<>();
        Map<String, List<String>> buckets = new HashMap<>();
        for (Article a : order) {
            StoryFingerprint print = prints.get(a.id());
            if (print == null) {
                continue;
            }
            String first = null;
            for (int band = 0; band < StoryFingerprint.HASHES / ROWS && first == null; band++) {
                for (String earlier : buckets.getOrDefault(print.band(band, ROWS), List.of())) {
                    if (print.similarity(prints.get(earlier)) >= THRESHOLD) {
                        first = firstOf.getOrDefault(earlier, earlier);
                        break;
                    }
                }
            }
            if (first != null) {
                firstOf.put(a.id(), first);
            }
            for (int band = 0; band < StoryFingerprint.HASHES / ROWS; band++) {
                buckets.computeIfAbsent(print.band(band, ROWS), k -> new ArrayList<>()).add(a.id());
            }
        }
        return articles.stream().map(a -> firstOf.containsKey(a.id()) ? a.copyOf(firstOf.get(a.id())) : a).toList();
    }
}
